import type { ReportInput } from "./compute";
import { TABLE3_KEYS, type ApplicantColumn, type Table3Key } from "./rows";
import type { Table3 } from "./types";

/** A report input with nothing in it, for tests to fill in. */
export function emptyInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    agencyCode: "11120112MB1957322H",
    agencyName: "八里台镇人民政府",
    year: 2024,
    applications: [],
    documents: [],
    staffEntered: { licensing: 0, penalties: 0, coercion: 0, chargesWan: "0" },
    reviewCases: [],
    fees: { noticesIssued: 0, noticesAmount: 0, collected: 0 },
    ...overrides,
  };
}

/** The non-zero cells of table 三 as "row|column" → count (the 总计 column included). */
export function nonZeroCells(table3: Table3): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const key of TABLE3_KEYS) {
    for (const [column, value] of Object.entries(table3[key])) {
      if (value !== 0) cells[`${key}|${column}`] = value;
    }
  }
  return cells;
}

/**
 * Expected non-zero cells from a short list of [row, column, count] for the six applicant columns:
 * the 总计 column is added row by row, so a test states each number once.
 */
export function expectedCells(entries: readonly (readonly [Table3Key, ApplicantColumn, number])[]): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const [key, column, count] of entries) {
    if (count === 0) continue;
    cells[`${key}|${column}`] = (cells[`${key}|${column}`] ?? 0) + count;
    cells[`${key}|total`] = (cells[`${key}|total`] ?? 0) + count;
  }
  return cells;
}
