import { describe, expect, it } from "vitest";
import { reportPeriods, tallyApplications, type DatedApplication } from "./tally";

// annual-report.md § Table 三: 一 by receivedOn in the year; 二 received before, not finished before
// 1 Jan; 三 finished in the year; 四 received by 31 Dec, not finished by 31 Dec.
describe("reportPeriods (year 2024)", () => {
  it.each([
    ["2024-01-01", "2024-12-31", { received: "inYear", finished: "inYear" }],
    ["2024-03-01", null, { received: "inYear", finished: "open" }],
    ["2024-12-31", "2025-01-01", { received: "inYear", finished: "open" }],
    ["2023-12-31", "2024-01-01", { received: "beforeYear", finished: "inYear" }],
    ["2023-12-31", "2023-12-31", { received: "beforeYear", finished: "beforeYear" }],
    ["2022-06-01", null, { received: "beforeYear", finished: "open" }],
    ["2022-06-01", "2026-01-05", { received: "beforeYear", finished: "open" }],
    ["2025-01-01", null, null],
    ["2025-01-01", "2025-01-02", null],
  ] as const)("received %s, finished %s → %j", (receivedOn, finishedOn, expected) => {
    expect(reportPeriods({ receivedOn, finishedOn }, 2024)).toEqual(expected);
  });
});

describe("tallyApplications", () => {
  it("groups by column, periods and row; drops the row of an application open at 31 Dec and those received later", () => {
    const applications: DatedApplication[] = [
      { column: "person", receivedOn: "2024-02-01", finishedOn: "2024-02-20", row: "1" },
      { column: "person", receivedOn: "2024-05-01", finishedOn: "2024-05-09", row: "1" },
      { column: "person", receivedOn: "2024-12-30", finishedOn: "2025-01-06", row: "1" },
      { column: "person", receivedOn: "2024-12-31", finishedOn: null, row: null },
      { column: "legal", receivedOn: "2023-12-01", finishedOn: "2024-01-04", row: "3.4" },
      { column: "legal", receivedOn: "2025-01-02", finishedOn: null, row: null },
    ];
    expect(tallyApplications(applications, 2024)).toEqual([
      { column: "person", received: "inYear", finished: "inYear", row: "1", count: 2 },
      { column: "person", received: "inYear", finished: "open", row: null, count: 2 },
      { column: "legal", received: "beforeYear", finished: "inYear", row: "3.4", count: 1 },
    ]);
  });
});
