import { describe, expect, it } from "vitest";
import { unreadableUrlReason } from "./url-text";

describe("unreadableUrlReason", () => {
  it.each([
    "http://x/api/v1/documents?q=%E9%A2%84%E7%AE%97&page=2",
    "http://x/api/v1/annual-reports/11120112MB1957322H/2024",
    "http://x/documents/abc?q=a+b&agency=",
    "http://x/api/v1/documents?q=%F0%A0%80%80", // a CJK extension B character (a surrogate pair)
  ])("reads %s", (url) => expect(unreadableUrlReason(url)).toBeUndefined());

  it.each([
    ["NUL in a query value", "http://x/api/v1/documents?agency=%00"],
    ["NUL inside a value", "http://x/api/v1/documents?q=a%00b"],
    ["NUL in a query key", "http://x/feed.xml?%00=1"],
    ["NUL in a path segment", "http://x/api/v1/annual-reports/%00/2024"],
    ["another control character", "http://x/api/v1/documents?q=%1B"],
    ["invalid UTF-8 in a path segment", "http://x/documents/%FF"],
    ["invalid UTF-8 in a query value", "http://x/api/v1/documents?q=%C3"],
    ["a broken escape", "http://x/api/v1/documents?q=%E9%A2"],
  ])("refuses %s", (_what, url) => expect(unreadableUrlReason(url)).toMatch(/请求地址/));
});
