import { describe, expect, it } from "vitest";
import { MAX_PAGE_NUMBER, pageNumber, pageNumberSchema } from "./page-number";

describe("pageNumber", () => {
  it.each([
    ["3", 3],
    [7, 7],
    [String(MAX_PAGE_NUMBER), MAX_PAGE_NUMBER],
    [["4", "9"], 4], // a repeated parameter: the first one
  ])("reads %j as %d", (value, expected) => expect(pageNumber(value)).toBe(expected));

  it.each([undefined, "", "0", "-1", "1.5", "1e300", "18446744073709551616", "abc", "\u0000", String(MAX_PAGE_NUMBER + 1), {}, null])(
    "reads %j as page 1",
    (value) => expect(pageNumber(value)).toBe(1),
  );

  it("takes a list's own bound", () => {
    expect(pageNumberSchema(100_000).parse("50000")).toBe(50_000);
    expect(pageNumberSchema(100_000).parse("100001")).toBe(1);
  });
});
