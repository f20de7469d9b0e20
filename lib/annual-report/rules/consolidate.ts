import { evaluateInvariants } from "./invariants";
import { formatWan, parseWan } from "./money";
import { APPLICANT_COLUMN_KEYS, TABLE3_KEYS } from "./rows";
import { TABLE4_KINDS, TABLE4_RESULT_COLUMNS, type AnnualReport, type DocumentTally, type Table3Cells, type Table4Cells } from "./types";

/** One agency's report as the consolidation lists it: whether its own tables hold, and which cells do not. */
export interface ConsolidatedAgency {
  agencyCode: string;
  agencyName: string;
  status: AnnualReport["status"];
  invariantsOk: boolean;
  violations: AnnualReport["violations"];
}

export interface ConsolidatedReport {
  /** The sum of the agencies' tables 二, 三, 四 and fees, checked by the same invariants as one report. */
  report: AnnualReport;
  agencies: ConsolidatedAgency[];
}

const sumTally = (a: DocumentTally, b: DocumentTally): DocumentTally => ({ issued: a.issued + b.issued, repealed: a.repealed + b.repealed, valid: a.valid + b.valid });
/** Adds `source`'s cells into `target`'s, key by key. */
function addInto<K extends string>(target: Record<K, number>, source: Record<K, number>, keys: readonly K[]): void {
  for (const key of keys) target[key] += source[key];
}
const TABLE3_COLUMNS = [...APPLICANT_COLUMN_KEYS, "total"] as const;
const TABLE4_COLUMNS = [...TABLE4_RESULT_COLUMNS, "total"] as const;
const ZERO_TALLY: DocumentTally = { issued: 0, repealed: 0, valid: 0 };
const zeroTable3Cells = (): Table3Cells => ({ person: 0, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 0 });
const zeroTable4Cells = (): Table4Cells => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });

/**
 * The district's consolidated 年度报告 (汇总, issue 15.3): every cell of tables 二, 三 and 四 and the
 * fee totals is the sum of the selected agencies' cells (行政事业性收费 summed in exact 万元 units), and
 * the sum is checked by the same invariants as each report (annual-report.md § Invariants) — the
 * invariants are linear, so a sum of sound reports is sound, and a broken one shows in both.
 */
export function consolidateReports(reports: readonly AnnualReport[], host: { agencyCode: string; agencyName: string; year: number }): ConsolidatedReport {
  const table3 = Object.fromEntries(TABLE3_KEYS.map((key) => [key, zeroTable3Cells()])) as AnnualReport["table3"];
  const table4 = Object.fromEntries(TABLE4_KINDS.map((kind) => [kind, zeroTable4Cells()])) as AnnualReport["table4"];
  let table2: AnnualReport["table2"] = { regulations: ZERO_TALLY, normativeDocuments: ZERO_TALLY, licensing: 0, penalties: 0, coercion: 0, chargesWan: "0.0000" };
  let charges = 0n;
  const fees: AnnualReport["fees"] = { noticesIssued: 0, noticesAmount: 0, collected: 0 };
  for (const report of reports) {
    for (const key of TABLE3_KEYS) addInto(table3[key], report.table3[key], TABLE3_COLUMNS);
    for (const kind of TABLE4_KINDS) addInto(table4[kind], report.table4[kind], TABLE4_COLUMNS);
    table2 = {
      regulations: sumTally(table2.regulations, report.table2.regulations),
      normativeDocuments: sumTally(table2.normativeDocuments, report.table2.normativeDocuments),
      licensing: table2.licensing + report.table2.licensing,
      penalties: table2.penalties + report.table2.penalties,
      coercion: table2.coercion + report.table2.coercion,
      chargesWan: table2.chargesWan,
    };
    charges += parseWan(report.table2.chargesWan) ?? 0n;
    addInto(fees, report.fees, ["noticesIssued", "noticesAmount", "collected"]);
  }
  table2.chargesWan = formatWan(charges);
  const tables = { table2, table3, table4, fees };
  return {
    report: {
      agencyCode: host.agencyCode,
      agencyName: `${host.agencyName}（汇总）`,
      year: host.year,
      // Published only when every report in it is.
      status: reports.length > 0 && reports.every((r) => r.status === "published") ? "published" : "draft",
      ...tables,
      ...evaluateInvariants(tables),
    },
    agencies: reports.map((r) => ({ agencyCode: r.agencyCode, agencyName: r.agencyName, status: r.status, invariantsOk: r.invariantsOk, violations: r.violations })),
  };
}
