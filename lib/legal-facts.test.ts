import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Each legal fact once (issue 14 item 5): the statutory periods live in lib/clock/rules.ts,
 * lib/fees/payment.ts and lib/documents/rules.ts, the agency's periods in its settings, the fee bands
 * in lib/fees/bands.ts. Text and UI write them from there; this scan finds one restated by hand in
 * a string (comments may name them; tests may assert them).
 */
const ROOT = join(__dirname, "..");
const SOURCES = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$|test-fixtures\.ts$|test-support\.ts$/.test(entry.name) ? [path] : [];
  });
}

const isComment = (line: string) => /^\s*(\*|\/\/|\/\*)/.test(line);

function restated(pattern: RegExp): string[] {
  return SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) => (!isComment(line) && pattern.test(line) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe("no legal number is restated beside its module", () => {
  it("the 7, 15 and 20 working-day periods (条例第二十六条、第三十条、第三十二条、第三十三条; fees.md §3.3)", () => {
    expect(restated(/(?<![\d第$])(7|15|20) ?个工作日/)).toEqual([]);
  });

  it("the fee bands (《政府信息公开信息处理费管理办法》第四条、第五条)", () => {
    expect(restated(/\d+ ?(件|页)以内|第 ?\d+ ?[—–-] ?\d+ ?(件|页)|\d+—\d+ ?(件|页)/)).toEqual([]);
  });
});
