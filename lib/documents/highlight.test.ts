import { describe, expect, it } from "vitest";
import { highlight, hitSnippet, snippet } from "./highlight";

describe("highlight", () => {
  it("marks every occurrence of the terms, longest first, case-insensitively", () => {
    expect(highlight("法治政府建设 PDF", ["法治", "法治政府", "pdf"])).toEqual([
      { text: "法治政府", match: true },
      { text: "建设 ", match: false },
      { text: "PDF", match: true },
    ]);
  });

  it("treats regular-expression characters in a query as text", () => {
    expect(highlight("a.b(c)", ["(c)"])).toEqual([
      { text: "a.b", match: false },
      { text: "(c)", match: true },
    ]);
  });
});

describe("snippet", () => {
  it("cuts the text around the first match with ellipses", () => {
    const text = `${"甲".repeat(200)}法治${"乙".repeat(200)}`;
    const segments = snippet(text, ["法治"], 60);
    expect(segments[0]!.text.startsWith("…")).toBe(true);
    expect(segments[1]).toEqual({ text: "法治", match: true });
    expect(segments[2]!.text.endsWith("…")).toBe(true);
  });

  it("is empty when nothing matches", () => {
    expect(snippet("正文", ["预算"])).toEqual([]);
  });
});

describe("hitSnippet (search results)", () => {
  const summary = "本报告总结2024年法治政府建设工作。";
  it("comes from the summary and body, never from 文号 or 索引号", () => {
    const segments = hitSnippet(summary, "一、依法行政。二、推进法治政府建设。", ["依法行政"]);
    const text = segments.map((segment) => segment.text).join("");
    expect(text).toContain("依法行政");
    expect(text).not.toMatch(/11120112|2024-00001|〔2024〕/);
    expect(segments.some((segment) => segment.match)).toBe(true);
  });
  it("shows the summary's opening when only the title matched", () => {
    expect(hitSnippet(summary, "正文", ["八里台"])).toEqual([{ text: summary, match: false }]);
  });
  it("is empty without a search term", () => {
    expect(hitSnippet(summary, "正文", [])).toEqual([]);
  });
});
