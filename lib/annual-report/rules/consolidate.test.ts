import { describe, expect, it } from "vitest";
import { computeReport } from "./compute";
import { consolidateReports } from "./consolidate";
import { emptyInput, nonZeroCells } from "./test-support";

const HOST = { agencyCode: "11120112000069010W", agencyName: "天津市津南区人民政府", year: 2024 };

/** 八里台: two people's applications answered 予以公开 and 不属于本机关负责公开, one carried over. */
const balitai = computeReport(
  emptyInput({
    applications: [
      { column: "person", received: "inYear", finished: "inYear", row: "1", count: 2 },
      { column: "person", received: "inYear", finished: "inYear", row: "4.1", count: 1 },
      { column: "commercial", received: "inYear", finished: "open", row: null, count: 1 },
    ],
    staffEntered: { licensing: 3, penalties: 1, coercion: 0, chargesWan: "0.0300" },
    fees: { noticesIssued: 1, noticesAmount: 100, collected: 100 },
  }),
);
/** 津南区: one organisation's application partly disclosed; a carried-in one answered. */
const jinnan = computeReport(
  emptyInput({
    agencyCode: HOST.agencyCode,
    agencyName: HOST.agencyName,
    applications: [
      { column: "legal", received: "inYear", finished: "inYear", row: "2", count: 1 },
      { column: "person", received: "beforeYear", finished: "inYear", row: "1", count: 1 },
    ],
    staffEntered: { licensing: 10, penalties: 0, coercion: 2, chargesWan: "12.5" },
    reviewCases: [{ kind: "reconsideration", result: "维持" }],
  }),
);

/** annual-report.md § Invariants hold for the sum of sound reports; issue 15.3 (汇总). */
describe("consolidateReports", () => {
  it("adds every cell of tables 二, 三, 四 and the fees, 万元 exactly", () => {
    const { report } = consolidateReports([balitai, jinnan], HOST);
    const cells = nonZeroCells(report.table3);
    const expected: Record<string, number> = {};
    for (const r of [balitai, jinnan]) for (const [cell, n] of Object.entries(nonZeroCells(r.table3))) expected[cell] = (expected[cell] ?? 0) + n;
    expect(cells).toEqual(expected);
    expect(report.table3.new.total).toBe(5);
    expect(report.table3.carriedIn.total).toBe(1);
    expect(report.table3.carriedOut.total).toBe(1);
    expect(report.table2).toMatchObject({ licensing: 13, penalties: 1, coercion: 2, chargesWan: "12.5300" });
    expect(report.table4.reconsideration).toMatchObject({ upheld: 1, total: 1 });
    expect(report.fees).toEqual({ noticesIssued: 1, noticesAmount: 100, collected: 100 });
    expect(report).toMatchObject({ agencyName: "天津市津南区人民政府（汇总）", year: 2024, status: "draft", invariantsOk: true, violations: [] });
  });

  it("lists each agency's own check, and a broken report breaks the sum where it is broken", () => {
    const broken = { ...jinnan, table3: { ...jinnan.table3, total: { ...jinnan.table3.total, legal: jinnan.table3.total.legal + 1, total: jinnan.table3.total.total + 1 } } };
    const { report, agencies } = consolidateReports([balitai, { ...broken, invariantsOk: false, violations: [{ cell: "table3.total.legal", message: "x" }] }], HOST);
    expect(agencies.map((a) => [a.agencyName, a.invariantsOk])).toEqual([
      ["八里台镇人民政府", true],
      [HOST.agencyName, false],
    ]);
    expect(report.invariantsOk).toBe(false);
    expect(report.violations.map((v) => v.cell)).toContain("table3.total.legal");
  });

  it("is published only when every report in it is; nothing selected is all zeros", () => {
    expect(consolidateReports([{ ...balitai, status: "published" }, { ...jinnan, status: "published" }], HOST).report.status).toBe("published");
    expect(consolidateReports([{ ...balitai, status: "published" }, jinnan], HOST).report.status).toBe("draft");
    const none = consolidateReports([], HOST).report;
    expect(nonZeroCells(none.table3)).toEqual({});
    expect(none.invariantsOk).toBe(true);
  });
});
