import { describe, expect, it } from "vitest";
import { icpFilingUrl, publicSecurityFilingUrl } from "./filing-links";

describe("filing links (footer of a government site)", () => {
  it("links the 公安 number to its record by its digits", () => {
    expect(publicSecurityFilingUrl("津公网安备 12011200000000号")).toBe("https://beian.mps.gov.cn/#/query/webSearch?code=12011200000000");
    expect(publicSecurityFilingUrl("备案中")).toBe("https://beian.mps.gov.cn/");
  });
  it("links the ICP number to the MIIT filing system", () => {
    expect(icpFilingUrl()).toBe("https://beian.miit.gov.cn/");
  });
});
