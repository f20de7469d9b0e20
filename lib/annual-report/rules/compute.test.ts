import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { computeReport } from "./compute";
import { REVIEW_RESULTS } from "./review-results";
import { APPLICANT_COLUMN_KEYS, OUTCOME_ROW_KEYS, TABLE3_KEYS, type ApplicantColumn, type OutcomeRow, type Table3Key } from "./rows";
import type { ApplicationCount } from "./tally";
import { emptyInput, expectedCells, nonZeroCells } from "./test-support";
import type { ReviewCaseKind, Table4ResultColumn } from "./types";

function validationPaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.errors.map((issue) => issue.path);
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("computeReport: the empty year", () => {
  const report = computeReport(emptyInput());

  it("has every one of the 29 table 三 keys, each with the 6 columns and 总计, all zero", () => {
    // Integer-like keys ("1" … "6") always come first in a JS object: printed order is TABLE3_KEYS'.
    expect(Object.keys(report.table3).sort()).toEqual([...TABLE3_KEYS].sort());
    expect(TABLE3_KEYS).toHaveLength(29);
    for (const key of TABLE3_KEYS) {
      expect(report.table3[key]).toEqual({ person: 0, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 0 });
    }
  });

  it("is the JSON shape of annual-report.md, a draft that passes every invariant", () => {
    expect(report).toMatchObject({
      agencyCode: "11120112MB1957322H",
      agencyName: "八里台镇人民政府",
      year: 2024,
      status: "draft",
      table2: {
        regulations: { issued: 0, repealed: 0, valid: 0 },
        normativeDocuments: { issued: 0, repealed: 0, valid: 0 },
        licensing: 0,
        penalties: 0,
        coercion: 0,
        chargesWan: "0.0000",
      },
      table4: {
        reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      },
      fees: { noticesIssued: 0, noticesAmount: 0, collected: 0 },
      invariantsOk: true,
      violations: [],
    });
    expect(Object.keys(report).sort()).toEqual(
      ["agencyCode", "agencyName", "year", "status", "table2", "table3", "table4", "fees", "invariantsOk", "violations"].sort(),
    );
  });

  it("keeps the status it is given", () => {
    expect(computeReport(emptyInput({ status: "published" })).status).toBe("published");
  });
});

type Case = { name: string; group: ApplicationCount; cells: [Table3Key, ApplicantColumn, number][] };

/** One group at a time: which rows of table 三 it lands in (annual-report.md § Table 三). */
const singleGroupCases: Case[] = [
  {
    name: "received and disclosed in the year → 一 and （一）",
    group: { column: "person", received: "inYear", finished: "inYear", row: "1", count: 2 },
    cells: [["new", "person", 2], ["1", "person", 2], ["total", "person", 2]],
  },
  {
    name: "received last year, partly disclosed this year → 二 and （二）",
    group: { column: "commercial", received: "beforeYear", finished: "inYear", row: "2", count: 1 },
    cells: [["carriedIn", "commercial", 1], ["2", "commercial", 1], ["total", "commercial", 1]],
  },
  {
    name: "received last year, still open at 31 Dec → 二 and 四",
    group: { column: "research", received: "beforeYear", finished: "open", row: null, count: 3 },
    cells: [["carriedIn", "research", 3], ["carriedOut", "research", 3]],
  },
  {
    name: "received this year, open at 31 Dec (its later decision row is ignored) → 一 and 四",
    group: { column: "nonprofit", received: "inYear", finished: "open", row: "4.1", count: 1 },
    cells: [["new", "nonprofit", 1], ["carriedOut", "nonprofit", 1]],
  },
  {
    name: "received and finished before the year → not in this year's report",
    group: { column: "legal", received: "beforeYear", finished: "beforeYear", row: "1", count: 5 },
    cells: [],
  },
  {
    name: "withdrawn by the applicant (Policy default （六）3) → （六） subtotal too",
    group: { column: "other", received: "inYear", finished: "inYear", row: "6.3", count: 1 },
    cells: [["new", "other", 1], ["6.3", "other", 1], ["6", "other", 1], ["total", "other", 1]],
  },
  {
    name: "a group with count 0 changes nothing",
    group: { column: "person", received: "inYear", finished: "inYear", row: "3.1", count: 0 },
    cells: [],
  },
];

/** Every numbered row, received in the year and finished in it: its row, its group's subtotal and （七）. */
const everyRowCases: Case[] = OUTCOME_ROW_KEYS.map((row: OutcomeRow, index) => {
  const column = APPLICANT_COLUMN_KEYS[index % APPLICANT_COLUMN_KEYS.length] ?? "person";
  const group = row.includes(".") ? (row.split(".")[0] as Table3Key) : null;
  const cells: [Table3Key, ApplicantColumn, number][] = [
    ["new", column, 1],
    [row, column, 1],
    ["total", column, 1],
  ];
  if (group) cells.push([group, column, 1]);
  return { name: `row ${row} in column ${column}`, group: { column, received: "inYear", finished: "inYear", row, count: 1 }, cells };
});

describe("computeReport: table 三, one group at a time", () => {
  it.each([...singleGroupCases, ...everyRowCases])("$name", ({ group, cells }) => {
    const report = computeReport(emptyInput({ applications: [group] }));
    expect(nonZeroCells(report.table3)).toEqual(expectedCells(cells));
    expect(report.invariantsOk).toBe(true);
  });
});

describe("computeReport: table 三, groups add up", () => {
  it("sums groups of the same cell and computes subtotals, （七） and 总计", () => {
    const applications: ApplicationCount[] = [
      { column: "person", received: "inYear", finished: "inYear", row: "3.4", count: 2 },
      { column: "person", received: "inYear", finished: "inYear", row: "3.6", count: 1 },
      { column: "person", received: "beforeYear", finished: "inYear", row: "3.4", count: 1 },
      { column: "legal", received: "inYear", finished: "inYear", row: "5.2", count: 4 },
      { column: "legal", received: "inYear", finished: "open", row: null, count: 1 },
    ];
    const report = computeReport(emptyInput({ applications }));
    expect(report.table3.new).toEqual({ person: 3, commercial: 0, research: 0, nonprofit: 0, legal: 5, other: 0, total: 8 });
    expect(report.table3.carriedIn.total).toBe(1);
    expect(report.table3["3.4"].person).toBe(3);
    expect(report.table3["3"].person).toBe(4);
    expect(report.table3["5"].legal).toBe(4);
    expect(report.table3.total).toEqual({ person: 4, commercial: 0, research: 0, nonprofit: 0, legal: 4, other: 0, total: 8 });
    expect(report.table3.carriedOut.total).toBe(1);
    expect(report.invariantsOk).toBe(true);
  });
});

describe("computeReport: table 二", () => {
  it("counts only 规章 and 行政规范性文件, summing rows of the same docType", () => {
    const report = computeReport(
      emptyInput({
        documents: [
          { docType: "regulation", issued: 1, repealed: 0, valid: 4 },
          { docType: "normative", issued: 3, repealed: 2, valid: 17 },
          { docType: "normative", issued: 1, repealed: 0, valid: 1 },
          { docType: "other_document", issued: 40, repealed: 1, valid: 60 },
          { docType: "interpretation", issued: 5, repealed: 0, valid: 5 },
        ],
        staffEntered: { licensing: 120, penalties: 8, coercion: 2, chargesWan: "12.5" },
      }),
    );
    expect(report.table2).toEqual({
      regulations: { issued: 1, repealed: 0, valid: 4 },
      normativeDocuments: { issued: 4, repealed: 2, valid: 18 },
      licensing: 120,
      penalties: 8,
      coercion: 2,
      chargesWan: "12.5000",
    });
  });

  it.each([
    ["0", "0.0000"],
    ["12.5", "12.5000"],
    ["0.0001", "0.0001"],
    [" 3.1234 ", "3.1234"],
    ["007.50", "7.5000"],
    ["123456789012345.9999", "123456789012345.9999"],
  ])("行政事业性收费 %j 万元 is reported as %j", (entered, reported) => {
    const report = computeReport(emptyInput({ staffEntered: { licensing: 0, penalties: 0, coercion: 0, chargesWan: entered } }));
    expect(report.table2.chargesWan).toBe(reported);
  });

  it.each(["", "12.34567", "-1", "1e3", "1,000", ".5", "5.", "abc", "１２", "0x10", "NaN"])(
    "refuses the 万元 amount %j with a message on staffEntered.chargesWan",
    (entered) => {
      const input = emptyInput({ staffEntered: { licensing: 0, penalties: 0, coercion: 0, chargesWan: entered } });
      expect(validationPaths(() => computeReport(input))).toEqual(["staffEntered.chargesWan"]);
    },
  );
});

describe("computeReport: table 四 (result → column as of 31 Dec)", () => {
  const expectedColumn: Record<string, Table4ResultColumn> = {
    维持: "upheld",
    驳回复议申请: "upheld",
    驳回诉讼请求: "upheld",
    撤销: "corrected",
    变更: "corrected",
    确认违法: "corrected",
    责令履行: "corrected",
    终止: "other",
    撤回: "other",
    撤诉: "other",
    驳回起诉: "other",
    调解: "other",
  };
  const kinds: ReviewCaseKind[] = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];

  it("knows exactly the results of annual-report.md", () => {
    expect([...REVIEW_RESULTS].sort()).toEqual(Object.keys(expectedColumn).sort());
  });

  it.each(kinds.flatMap((kind) => [...Object.entries(expectedColumn), [null, "pending"] as const].map(([result, column]) => ({ kind, result, column }))))(
    "$kind with result $result counts as $column",
    ({ kind, result, column }) => {
      const report = computeReport(emptyInput({ reviewCases: [{ kind, result }] }));
      expect(report.table4[kind]).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, [column]: 1, total: 1 });
      for (const other of kinds.filter((k) => k !== kind)) expect(report.table4[other].total).toBe(0);
    },
  );

  it("adds grouped counts and single cases", () => {
    const report = computeReport(
      emptyInput({
        reviewCases: [
          { kind: "reconsideration", result: "维持", count: 3 },
          { kind: "reconsideration", result: "撤销" },
          { kind: "reconsideration", result: null, count: 2 },
          { kind: "litigationAfterReconsideration", result: "驳回起诉", count: 2 },
        ],
      }),
    );
    expect(report.table4.reconsideration).toEqual({ upheld: 3, corrected: 1, other: 0, pending: 2, total: 6 });
    expect(report.table4.litigationAfterReconsideration).toEqual({ upheld: 0, corrected: 0, other: 2, pending: 0, total: 2 });
  });

  it("refuses an unknown result, naming the allowed ones", () => {
    const input = emptyInput({ reviewCases: [{ kind: "reconsideration", result: "部分维持" }] });
    expect(() => computeReport(input)).toThrow(/无法识别的审理结果“部分维持”/);
  });
});

describe("computeReport: fees (section 六, integer 元)", () => {
  it("copies the fee totals", () => {
    const fees = { noticesIssued: 2, noticesAmount: 138160, collected: 54700 };
    expect(computeReport(emptyInput({ fees })).fees).toEqual(fees);
  });
});

describe("computeReport: malformed input is refused field by field", () => {
  const group = (overrides: Partial<ApplicationCount>): ApplicationCount => ({
    column: "person",
    received: "inYear",
    finished: "inYear",
    row: "1",
    count: 1,
    ...overrides,
  });
  it.each([
    { name: "negative count", input: emptyInput({ applications: [group({ count: -1 })] }), paths: ["applications.0.count"] },
    { name: "fractional count", input: emptyInput({ applications: [group({ count: 1.5 })] }), paths: ["applications.0.count"] },
    { name: "finished in the year without a row", input: emptyInput({ applications: [group({ row: null })] }), paths: ["applications.0.row"] },
    {
      name: "unknown row",
      input: emptyInput({ applications: [group({ row: "3.9" as OutcomeRow })] }),
      paths: ["applications.0.row"],
    },
    {
      name: "received in the year but finished before it",
      input: emptyInput({ applications: [group({ finished: "beforeYear" })] }),
      paths: ["applications.0.finished"],
    },
    {
      name: "the 总计 column is computed, not an input",
      input: emptyInput({ applications: [group({ column: "total" as ApplicantColumn })] }),
      paths: ["applications.0.column"],
    },
    { name: "year", input: emptyInput({ year: 2024.5 }), paths: ["year"] },
    { name: "agency code", input: emptyInput({ agencyCode: " " }), paths: ["agencyCode"] },
    {
      name: "document counts",
      input: emptyInput({ documents: [{ docType: "regulation", issued: -1, repealed: 0, valid: Number.NaN }] }),
      paths: ["documents.0.issued", "documents.0.valid"],
    },
    {
      name: "staff-entered counts",
      input: emptyInput({ staffEntered: { licensing: -3, penalties: 0, coercion: 0.5, chargesWan: "1" } }),
      paths: ["staffEntered.licensing", "staffEntered.coercion"],
    },
    {
      name: "unknown review-case kind and bad count",
      input: emptyInput({ reviewCases: [{ kind: "appeal" as ReviewCaseKind, result: null, count: -2 }] }),
      paths: ["reviewCases.0.kind", "reviewCases.0.count"],
    },
    {
      name: "fees in 元 must be integers (never floats for money)",
      input: emptyInput({ fees: { noticesIssued: 1, noticesAmount: 100.5, collected: -1 } }),
      paths: ["fees.noticesAmount", "fees.collected"],
    },
  ])("$name", ({ input, paths }) => {
    expect(validationPaths(() => computeReport(input))).toEqual(paths);
  });

  it("messages are Chinese sentences", () => {
    expect(() => computeReport(emptyInput({ applications: [group({ row: null })] }))).toThrow(
      "本年办结的申请必须有对应的办理结果（表三第三项的某一行）。",
    );
  });
});
