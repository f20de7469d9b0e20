import { describe, expect, it } from "vitest";
import { generateTrackingCode, hashTrackingCode, isWellFormedTrackingCode, normalizeTrackingCode } from "./tracking-code";
import { normalizePhone } from "./phone";

describe("查询码", () => {
  it("is four groups of four unambiguous characters, different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, generateTrackingCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(isWellFormedTrackingCode(code)).toBe(true);
    }
  });
  it("is read forgivingly: case, spaces, dashes, O/0 and I/L/1", () => {
    expect(normalizeTrackingCode("abcd-efgh o1il 2345")).toBe("ABCDEFGH01112345");
    expect(hashTrackingCode("ABCD-EFGH-0111-2345")).toBe(hashTrackingCode("abcd efgh oiil 2345"));
  });
  it("refuses the wrong length or alphabet", () => {
    expect(isWellFormedTrackingCode("ABCD-EFGH")).toBe(false);
    expect(isWellFormedTrackingCode("ABCD-EFGH-JKMN-PQRU")).toBe(false); // U is not in the alphabet
  });
});

describe("phone numbers as a lookup key", () => {
  it.each([
    ["13700137000", "13700137000"],
    ["137 0013 7000", "13700137000"],
    ["+86 137 0013 7000", "13700137000"],
    ["022-12345678", "02212345678"],
    ["+86 22 12345678", "02212345678"],
    ["+852 91234567", "+85291234567"],
    ["00852 91234567", "+85291234567"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});
