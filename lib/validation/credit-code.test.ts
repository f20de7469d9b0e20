import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, isValidCreditCode } from "./credit-code";

describe("统一社会信用代码 check character (GB 32100-2015)", () => {
  it.each([
    ["91110000600037341L", true], // a published enterprise code
    ["91110000600037341M", false], // wrong check character
    ["91110000600037341", false], // too short
    ["9111000060003734IL", false], // I is not in the alphabet
  ])("%s → %s", (code, valid) => {
    expect(isValidCreditCode(code)).toBe(valid);
  });

  it("computes the check character of the seeded agencies", () => {
    expect(creditCodeCheckCharacter("11120112MB1957322")).toMatch(/^[0-9A-HJ-NP-RTUW-Y]$/);
  });
});
