import { describe, expect, it } from "vitest";
import { computeReport } from "./compute";
import { checkCarryOver } from "./invariants";
import type { ApplicantColumn, OutcomeRow } from "./rows";
import { tallyApplications, type DatedApplication } from "./tally";
import { emptyInput, expectedCells, nonZeroCells } from "./test-support";

const app = (column: ApplicantColumn, receivedOn: string, finishedOn: string | null, row: OutcomeRow | null): DatedApplication => ({
  column,
  receivedOn,
  finishedOn,
  row,
});

/**
 * A hand-built register of 八里台镇人民政府 around 2024: applications received in 2023 and finished
 * in 2024 or 2025, withdrawn and abandoned ones, partial disclosures, a split application counted as
 * its three sub-applications (workflow.md §5), every sub-reason row, and the 1 Jan / 31 Dec edges.
 */
const register: DatedApplication[] = [
  // Received in 2023.
  app("person", "2023-12-20", "2024-01-10", "1"), // 1: carried in, disclosed in 2024
  app("commercial", "2023-12-28", "2024-02-05", "2"), // 2: carried in, partly disclosed
  app("person", "2023-11-01", "2023-12-01", "1"), // 3: finished in 2023: not in 2024
  app("legal", "2023-12-29", "2025-01-03", "4.1"), // 4: carried in and carried out again
  app("person", "2023-12-15", "2024-01-20", "6.1"), // 5: abandoned (no correction, Art. 30)
  // Received in 2024: every sub-reason row once.
  app("person", "2024-02-01", "2024-02-28", "3.1"),
  app("person", "2024-02-02", "2024-02-29", "3.2"),
  app("commercial", "2024-03-04", "2024-03-29", "3.3"),
  app("person", "2024-03-05", "2024-04-02", "3.4"),
  app("nonprofit", "2024-03-06", "2024-04-03", "3.5"),
  app("person", "2024-04-01", "2024-04-26", "3.6"),
  app("legal", "2024-04-02", "2024-04-28", "3.7"),
  app("person", "2024-05-06", "2024-05-31", "3.8"),
  app("person", "2024-05-07", "2024-06-03", "4.1"),
  app("research", "2024-06-03", "2024-06-28", "4.2"),
  app("other", "2024-06-04", "2024-07-15", "4.3"),
  app("person", "2024-07-01", "2024-07-10", "5.1"),
  app("person", "2024-07-02", "2024-07-11", "5.2"),
  app("commercial", "2024-07-03", "2024-07-12", "5.3"),
  app("person", "2024-08-01", "2024-09-20", "5.4"),
  app("legal", "2024-08-02", "2024-08-20", "5.5"),
  app("person", "2024-08-05", "2024-09-30", "6.1"), // abandoned: no correction in time
  app("commercial", "2024-09-02", "2024-10-31", "6.2"), // abandoned: fee not paid in time
  app("person", "2024-09-03", "2024-09-10", "6.3"), // withdrawn by the applicant
  app("person", "2024-10-08", "2024-10-30", "1"),
  app("person", "2024-10-09", "2024-10-31", "1"),
  app("person", "2024-10-10", "2024-11-05", "2"), // partial disclosure counts only as （二）
  app("other", "2024-10-11", "2024-11-06", "2"),
  // 2024-031 split into three sub-applications sharing receivedOn (一事一申请).
  app("research", "2024-11-01", "2024-11-22", "1"),
  app("research", "2024-11-01", "2024-11-25", "3.4"),
  app("research", "2024-11-01", "2024-11-25", "4.1"),
  // Year-end edges.
  app("person", "2024-12-30", "2025-01-08", "1"), // received 2024, finished 2025
  app("nonprofit", "2024-12-31", null, null), // still open
  app("person", "2025-01-02", null, null), // received 2025: not in 2024
  app("person", "2024-01-01", "2024-12-31", "5.2"), // the first and last day of the year
];

describe("a hand-built 2024", () => {
  const report = computeReport(emptyInput({ applications: tallyApplications(register, 2024) }));

  it("gives the hand-counted table 三", () => {
    expect(nonZeroCells(report.table3)).toEqual(
      expectedCells([
        ["new", "person", 16],
        ["new", "commercial", 3],
        ["new", "research", 4],
        ["new", "nonprofit", 2],
        ["new", "legal", 2],
        ["new", "other", 2],
        ["carriedIn", "person", 2],
        ["carriedIn", "commercial", 1],
        ["carriedIn", "legal", 1],
        ["1", "person", 3],
        ["1", "research", 1],
        ["2", "person", 1],
        ["2", "commercial", 1],
        ["2", "other", 1],
        ["3", "person", 5],
        ["3", "commercial", 1],
        ["3", "research", 1],
        ["3", "nonprofit", 1],
        ["3", "legal", 1],
        ["3.1", "person", 1],
        ["3.2", "person", 1],
        ["3.3", "commercial", 1],
        ["3.4", "person", 1],
        ["3.4", "research", 1],
        ["3.5", "nonprofit", 1],
        ["3.6", "person", 1],
        ["3.7", "legal", 1],
        ["3.8", "person", 1],
        ["4", "person", 1],
        ["4", "research", 2],
        ["4", "other", 1],
        ["4.1", "person", 1],
        ["4.1", "research", 1],
        ["4.2", "research", 1],
        ["4.3", "other", 1],
        ["5", "person", 4],
        ["5", "commercial", 1],
        ["5", "legal", 1],
        ["5.1", "person", 1],
        ["5.2", "person", 2],
        ["5.3", "commercial", 1],
        ["5.4", "person", 1],
        ["5.5", "legal", 1],
        ["6", "person", 3],
        ["6", "commercial", 1],
        ["6.1", "person", 2],
        ["6.2", "commercial", 1],
        ["6.3", "person", 1],
        ["total", "person", 17],
        ["total", "commercial", 4],
        ["total", "research", 4],
        ["total", "nonprofit", 1],
        ["total", "legal", 2],
        ["total", "other", 2],
        ["carriedOut", "person", 1],
        ["carriedOut", "nonprofit", 1],
        ["carriedOut", "legal", 1],
      ]),
    );
  });

  it("passes every invariant", () => {
    expect(report.violations).toEqual([]);
    expect(report.invariantsOk).toBe(true);
  });

  it("carries its 四 into 2025's 二", () => {
    const next = computeReport(emptyInput({ year: 2025, applications: tallyApplications(register, 2025) }));
    expect(checkCarryOver(report, next)).toEqual([]);
    expect(nonZeroCells(next.table3)).toEqual(
      expectedCells([
        ["new", "person", 1],
        ["carriedIn", "person", 1],
        ["carriedIn", "nonprofit", 1],
        ["carriedIn", "legal", 1],
        ["1", "person", 1],
        ["4", "legal", 1],
        ["4.1", "legal", 1],
        ["total", "person", 1],
        ["total", "legal", 1],
        ["carriedOut", "person", 1],
        ["carriedOut", "nonprofit", 1],
      ]),
    );
  });
});
