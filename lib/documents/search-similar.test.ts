import { describe, expect, it } from "vitest";
import { distinctiveTokens, MIN_SCORE, similarityScore } from "./search-similar";

describe("这些信息可能已经公开: similarity by the catalogue's tokens", () => {
  it("leaves out the agency's own name and single characters", () => {
    const tokens = distinctiveTokens("八里台镇2024年预算", "八里台镇人民政府");
    expect(tokens).not.toContain("八里");
    expect(tokens).not.toContain("台镇");
    expect(tokens).toContain("预算");
    expect(tokens.every((token) => [...token].length > 1)).toBe(true);
  });

  it("finds a title that shares most tokens though the typed text is not a piece of it", () => {
    const tokens = distinctiveTokens("临时救助办法", "八里台镇人民政府");
    const doc = { title: "八里台镇困难群众临时救助实施办法", keywords: "救助", summary: "困难群众临时救助的对象、标准和程序。" };
    expect("八里台镇困难群众临时救助实施办法".includes("临时救助办法")).toBe(false);
    expect(similarityScore(tokens, doc)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it("counts a token in the title fully and one only in 主题词/内容概述 by half, and nothing unrelated", () => {
    expect(similarityScore(["预算", "公开"], { title: "部门预算", keywords: "", summary: "依法公开" })).toBe(0.75);
    expect(similarityScore(["宅基"], { title: "部门预算", keywords: "", summary: "" })).toBe(0);
    expect(similarityScore([], { title: "部门预算", keywords: "", summary: "" })).toBe(0);
  });
});
