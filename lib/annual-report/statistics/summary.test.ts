import { describe, expect, it } from "vitest";
import { officialCalendar } from "@/lib/calendar/test-support";
import { summarizeStatistics, type StatisticsInput } from "./summary";

const input = (overrides: Partial<StatisticsInput>): StatisticsInput => ({
  year: 2025,
  perMonth: [],
  applications: [],
  replies: [],
  fees: { noticesIssued: 0, noticesAmount: 0, collected: 0 },
  ...overrides,
});

describe("summarizeStatistics", () => {
  it("fills the twelve months and groups the decisions as table 三 does", () => {
    const stats = summarizeStatistics(
      input({
        perMonth: [{ month: 3, count: 4 }, { month: 12, count: 1 }],
        applications: [
          { column: "person", received: "inYear", finished: "inYear", row: "3.4", count: 2 },
          { column: "legal", received: "beforeYear", finished: "inYear", row: "2", count: 1 },
          { column: "person", received: "inYear", finished: "open", row: null, count: 3 },
        ],
      }),
      officialCalendar,
    );
    expect(stats.perMonth.map((m) => m.value)).toEqual([0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(stats.perMonth[0]!.label).toBe("1月");
    expect(stats.received).toBe(5);
    expect(stats.finished).toBe(3);
    expect(stats.decisionGroups).toEqual([
      { label: "（一）予以公开", value: 0 },
      { label: "（二）部分公开", value: 1 },
      { label: "（三）不予公开", value: 2 },
      { label: "（四）无法提供", value: 0 },
      { label: "（五）不予处理", value: 0 },
      { label: "（六）其他处理", value: 0 },
    ]);
    expect(stats.decisionRows.map((r) => [r.row, r.value])).toEqual([["2", 1], ["3.4", 2]]);
  });

  it("rates on time among replies with a known deadline and averages working days (workflow.md §3 worked examples)", () => {
    const stats = summarizeStatistics(
      input({
        replies: [
          // received 2025-09-19: +20 working days is 2025-10-23, +7 is 2025-09-29.
          { clockStartOn: "2025-09-19", finishedOn: "2025-10-23", onTime: true, count: 3 },
          { clockStartOn: "2025-09-19", finishedOn: "2025-09-29", onTime: false, count: 1 },
          // a reply in a year without a published calendar: no working days, no rate.
          { clockStartOn: "2025-12-01", finishedOn: "2099-01-05", onTime: null, count: 1 },
        ],
      }),
      officialCalendar,
    );
    expect(stats.replies).toEqual({ total: 5, onTime: 3, late: 1, unknown: 1, onTimeRate: 0.75, averageWorkingDays: (3 * 20 + 7) / 4 });
  });

  it("has no rate and no average without replies", () => {
    expect(summarizeStatistics(input({}), officialCalendar).replies).toMatchObject({ onTimeRate: null, averageWorkingDays: null, total: 0 });
  });
});
