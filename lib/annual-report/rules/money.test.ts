import { describe, expect, it } from "vitest";
import { formatWan, normaliseWan, parseWan } from "./money";

// Table 二, 第二十条第（八）项: 本年收费金额（单位：万元）, up to 4 decimal places (annual-report.md).
describe("parseWan / formatWan: 万元 as integer units of 0.0001 (= 1 元)", () => {
  it.each([
    ["0", 0n, "0.0000"],
    ["1", 10_000n, "1.0000"],
    ["0.0001", 1n, "0.0001"],
    ["5.47", 54_700n, "5.4700"],
    ["12.3456", 123_456n, "12.3456"],
    ["000.1", 1_000n, "0.1000"],
    ["0.1", 1_000n, "0.1000"],
    ["0.2", 2_000n, "0.2000"],
    ["999999999999999.9999", 9_999_999_999_999_999_999n, "999999999999999.9999"],
  ])("%j → %s units → %j", (text, units, formatted) => {
    expect(parseWan(text)).toBe(units);
    expect(formatWan(units)).toBe(formatted);
  });

  it("adds 0.1 + 0.2 exactly (no float)", () => {
    expect(formatWan((parseWan("0.1") ?? 0n) + (parseWan("0.2") ?? 0n))).toBe("0.3000");
  });

  it.each(["", " ", "1.23456", "-0.5", "+1", "1e2", "1,5", "1.", ".1", "１", "abc", "1 000", "1234567890123456"])(
    "refuses %j",
    (text) => {
      expect(parseWan(text)).toBeNull();
      expect(normaliseWan(text)).toBeNull();
    },
  );

  it("normalises staff input, trimming spaces", () => {
    expect(normaliseWan(" 3.5 ")).toBe("3.5000");
  });

  it("never formats a negative amount", () => {
    expect(() => formatWan(-1n)).toThrow(RangeError);
  });
});
