import { describe, expect, it } from "vitest";
import { assignItemNumbers } from "./item-numbers";

const items = (spec: Array<[string, number[]]>) => spec.map(([id, frozen]) => ({ id, frozen }));

describe("按件计收 item numbers (《政府信息公开信息处理费管理办法》第四条, fees.md §1)", () => {
  it("numbers a month's items 1, 2, 3 … in order", () => {
    expect(Object.fromEntries(assignItemNumbers(items([["a", []], ["b", []], ["c", []]])))).toEqual({ a: [1], b: [2], c: [3] });
  });

  it("keeps numbers used in an issued fee notice; a late-registered earlier application takes the next free number", () => {
    // b was priced as item 2; a late registration x (received before b) comes in between.
    const numbers = assignItemNumbers(items([["a", []], ["x", []], ["b", [2]], ["c", []]]));
    expect(numbers.get("b")).toEqual([2]);
    expect(numbers.get("a")).toEqual([1]);
    expect(numbers.get("x")).toEqual([3]);
    expect(numbers.get("c")).toEqual([4]);
  });

  it("a split after pricing: the sub-applications take the next free numbers, never a priced one", () => {
    const numbers = assignItemNumbers(items([["p1", [1]], ["s1", []], ["s2", []], ["q", [2]]]));
    expect([numbers.get("s1"), numbers.get("s2")]).toEqual([[3], [4]]);
  });
});
