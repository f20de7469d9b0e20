import { describe, expect, it } from "vitest";
import { agencySettingsSchema } from "./settings-schema";

const identity = agencySettingsSchema.shape.siteIdentity;
const base = { sponsor: "八里台镇人民政府", siteCode: "", icp: "", publicSecurityFiling: "", contact: "", errorReportUrl: "", conacLogoUrl: "", conacUrl: "" };

describe("site identity links (footer: 我为政府网站找错, 党政机关网站标识)", () => {
  it("accepts https addresses and paths on this site", () => {
    expect(identity.safeParse({ ...base, errorReportUrl: "https://zfwzzc.www.gov.cn/x?siteCode=1", conacLogoUrl: "/conac.png" }).success).toBe(true);
  });
  it.each(["javascript:alert(1)", "http://example.gov.cn/", "//evil.example/x.png", "/\\evil.example/x.png"])("refuses %s with a Chinese message", (value) => {
    const result = identity.safeParse({ ...base, conacLogoUrl: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("https://");
  });
});
