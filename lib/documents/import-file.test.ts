import { describe, expect, it } from "vitest";
import { csvRecords, parseImportFile } from "./import-file";

describe("parseImportFile", () => {
  it("reads JSON Lines with line numbers, skipping blank lines and marking broken ones", () => {
    expect(parseImportFile("a.jsonl", '{"title":"甲"}\n\n{broken\n{"title":"乙"}\n')).toEqual([
      { line: 1, value: { title: "甲" } },
      { line: 3, value: "这一行不是有效的 JSON" },
      { line: 4, value: { title: "乙" } },
    ]);
  });

  it("reads CSV with a header, quoted commas, quotes and line breaks, and a BOM", () => {
    const text = '\uFEFFtitle,summary\n"甲,乙","他说""好""\n第二行"\r\n丙,丁\n';
    expect(parseImportFile("a.csv", text)).toEqual([
      { line: 2, value: { title: "甲,乙", summary: '他说"好"\n第二行' } },
      { line: 4, value: { title: "丙", summary: "丁" } },
    ]);
  });

  it("keeps a record's starting line when a quoted field spans lines", () => {
    expect(csvRecords('a\n"x\ny"\nz').map((record) => record.line)).toEqual([1, 2, 4]);
  });
});
