import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

const SITE = "https://xxgk.example.gov.cn";

describe("safeCallbackPath: no open redirect after login", () => {
  it.each([
    "/\\evil.example/",
    "/%5Cevil.example/", // as it would arrive if decoded twice
    "/\t/evil.example/",
    "/%09/evil.example/",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\\\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "http://xxgk.example.gov.cn.evil.example/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example",
    "https://user:pass@xxgk.example.gov.cn/staff",
    "",
  ])("refuses %j", (value) => {
    // Next decodes the query once; a value encoded twice stays a harmless same-site path.
    const decoded = value.includes("%") ? decodeURIComponent(value) : value;
    expect(safeCallbackPath(decoded, SITE)).toBe("");
    const once = safeCallbackPath(value, SITE);
    expect(once === "" || (!once.startsWith("//") && new URL(once, SITE).origin === SITE)).toBe(true);
  });

  it.each([
    ["/staff", "/staff"],
    ["/staff/applications?status=submitted#top", "/staff/applications?status=submitted#top"],
    ["/account/../staff", "/staff"],
    [`${SITE}/admin/users`, "/admin/users"],
    ["staff", "/staff"],
  ])("keeps the same-site path %j → %j", (value, expected) => {
    expect(safeCallbackPath(value, SITE)).toBe(expected);
  });

  it("refuses non-strings and takes the first of repeated parameters", () => {
    expect(safeCallbackPath(undefined, SITE)).toBe("");
    expect(safeCallbackPath(["//evil.example", "/staff"], SITE)).toBe("");
    expect(safeCallbackPath(["/staff", "//evil.example"], SITE)).toBe("/staff");
  });

  it("without a configured origin still refuses every other host", () => {
    expect(safeCallbackPath("/\\evil.example/")).toBe("");
    expect(safeCallbackPath("https://evil.example/")).toBe("");
    expect(safeCallbackPath("/staff")).toBe("/staff");
  });
});
