import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, multiLineText, singleLineText } from "./text";

describe("singleLineText / multiLineText", () => {
  it("accepts ordinary Chinese text, punctuation and rare characters", () => {
    for (const value of ["八里台镇2024年财政预算", "〔2024〕3号 · “引号”", "𠀀𪚥", ""]) {
      expect(singleLineText().safeParse(value).success).toBe(true);
      expect(multiLineText().safeParse(value).success).toBe(true);
    }
  });

  it.each(["a\u0000b", "\u0007", "\u001B[31m", "x\u007F", "\uD800", "a\uDC00"])("refuses %j in both", (value) => {
    for (const schema of [singleLineText(), multiLineText()]) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
    }
  });

  it("keeps tab and line breaks in multi-line text only", () => {
    for (const value of ["第一行\n第二行", "第一行\r\n第二行", "列\t列"]) {
      expect(multiLineText().safeParse(value).success).toBe(true);
      expect(singleLineText().safeParse(value).success).toBe(false);
    }
  });

  it("reports the control character before the field's other rules", () => {
    const result = singleLineText().trim().min(5, "太短").safeParse("\u0000");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });
});
