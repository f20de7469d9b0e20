import { describe, expect, it } from "vitest";
import { refuseUnreadableUrl } from "./unreadable-url";

describe("refuseUnreadableUrl", () => {
  it("lets a readable URL through", () => {
    expect(refuseUnreadableUrl("http://x/documents/9b1c0a52-1d7e-4c53-9a77-0c1f0f6d2b11?q=%E9%A2%84%E7%AE%97")).toBeUndefined();
  });

  it("answers an API call with a Chinese JSON 400", async () => {
    const response = refuseUnreadableUrl("http://x/api/v1/documents/%FF");
    expect(response?.status).toBe(400);
    expect(((await response!.json()) as { error: string }).error).toMatch(/UTF-8/);
  });

  it("answers a page with a Chinese HTML 400", async () => {
    const response = refuseUnreadableUrl("http://x/documents/a%00b");
    expect(response?.status).toBe(400);
    expect(response?.headers.get("content-type")).toContain("text/html");
    expect(await response!.text()).toContain("请求地址无效");
  });
});
