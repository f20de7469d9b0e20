import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";

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
