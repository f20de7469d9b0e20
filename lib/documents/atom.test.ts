import { describe, expect, it } from "vitest";
import { buildAtomFeed } from "./atom";

describe("buildAtomFeed", () => {
  it("writes an Atom feed with escaped text", () => {
    const xml = buildAtomFeed({
      title: "政府信息公开",
      origin: "https://gov.example",
      updated: "2024-12-27T01:00:00.000Z",
      entries: [{ id: "1", title: "A & <B>", summary: "概述", agencyName: "八里台镇", publishedAt: "2024-12-27T01:00:00.000Z", url: "https://gov.example/documents/1" }],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(xml).toContain("<title>A &amp; &lt;B&gt;</title>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://gov.example/documents/1"/>');
  });
});
