import type { Calendar } from "@/lib/calendar";
import { CalendarUnknownError } from "@/lib/calendar";
import { OUTCOME_GROUPS, OUTCOME_ROWS, OUTCOME_ROW_KEYS, TOTAL_PARTS, type OutcomeRow } from "@/lib/annual-report/rules/rows";
import type { ApplicationCount } from "@/lib/annual-report/rules/tally";
import type { FeeTotals } from "@/lib/annual-report/rules/types";

/** Replies with the same reply-period start, reply day and timeliness (db/queries/statistics.ts). */
export interface ReplyGroup {
  clockStartOn: string;
  finishedOn: string;
  /** null: the deadline is unknown (a calendar year not published). */
  onTime: boolean | null;
  count: number;
}

export interface StatisticsInput {
  year: number;
  perMonth: readonly { month: number; count: number }[];
  /** The year's table 三 groups (db/queries/annual-report aggregateYear). */
  applications: readonly ApplicationCount[];
  replies: readonly ReplyGroup[];
  fees: FeeTotals;
}

export interface Bar {
  label: string;
  value: number;
}

export interface Statistics {
  year: number;
  received: number;
  finished: number;
  /** 1–12, zeros included. */
  perMonth: Bar[];
  /** （一）…（六） of table 三: what the applications finished in the year were decided. */
  decisionGroups: Bar[];
  /** The numbered rows with a count, in the table's order. */
  decisionRows: (Bar & { row: OutcomeRow })[];
  replies: {
    total: number;
    onTime: number;
    late: number;
    /** Deadline unknown (a calendar year not published): neither on time nor late. */
    unknown: number;
    /** Share of replies with a known deadline given on time, 0–1; null without any. */
    onTimeRate: number | null;
    /** Mean working days from the start of the reply period to the reply; null without any. */
    averageWorkingDays: number | null;
  };
  fees: FeeTotals;
}

/** A numbered row of table 三 as the statistics name it, e.g. "（四）无法提供 1.本机关不掌握相关政府信息". */
export function decisionRowLabel(row: OutcomeRow): string {
  return row.includes(".") ? `${OUTCOME_GROUPS[row.split(".")[0] as keyof typeof OUTCOME_GROUPS]} ${OUTCOME_ROWS[row]}` : OUTCOME_ROWS[row];
}

/** The decisions of the applications finished in a year, by table 三 group （一）…（六） and by numbered row (those with a count). */
export function decisionBars(byRow: ReadonlyMap<OutcomeRow, number>): { decisionGroups: Bar[]; decisionRows: (Bar & { row: OutcomeRow })[] } {
  const decisionGroups = TOTAL_PARTS.map((part) => {
    const label = part === "1" || part === "2" ? OUTCOME_ROWS[part].replace(/（区分处理的.*）$/, "") : OUTCOME_GROUPS[part];
    const value = OUTCOME_ROW_KEYS.filter((row) => row === part || row.startsWith(`${part}.`)).reduce((sum, row) => sum + (byRow.get(row) ?? 0), 0);
    return { label, value };
  });
  const decisionRows = OUTCOME_ROW_KEYS.filter((row) => (byRow.get(row) ?? 0) > 0).map((row) => ({ row, label: decisionRowLabel(row), value: byRow.get(row)! }));
  return { decisionGroups, decisionRows };
}

/**
 * The staff statistics of a year (issue #7) from the SQL aggregates: applications per month,
 * decisions by table 三 row, the on-time rate (replyDueOn is lib/clock's deadline, net of the legal
 * pauses: workflow.md §4) and the average working days to reply (from clockStartOn, the day the
 * reply period started — after a correction the day it was received, 条例第三十条 — to the reply
 * day, working days by the official calendar; pauses included, since they are the applicant's or a
 * third party's time), and the fees. Pure.
 */
export function summarizeStatistics(input: StatisticsInput, calendar: Calendar): Statistics {
  const perMonth = Array.from({ length: 12 }, (_, i) => ({
    label: `${i + 1}月`,
    value: input.perMonth.find((m) => m.month === i + 1)?.count ?? 0,
  }));
  const byRow = new Map<OutcomeRow, number>();
  let received = 0;
  for (const group of input.applications) {
    if (group.received === "inYear") received += group.count;
    if (group.finished === "inYear" && group.row) byRow.set(group.row, (byRow.get(group.row) ?? 0) + group.count);
  }
  const { decisionGroups, decisionRows } = decisionBars(byRow);

  let onTime = 0;
  let late = 0;
  let unknown = 0;
  let measured = 0;
  let workingDays = 0;
  for (const group of input.replies) {
    if (group.onTime === null) unknown += group.count;
    else if (group.onTime) onTime += group.count;
    else late += group.count;
    try {
      workingDays += calendar.workingDaysBetween(group.clockStartOn, group.finishedOn) * group.count;
      measured += group.count;
    } catch (error) {
      if (!(error instanceof CalendarUnknownError)) throw error;
    }
  }
  return {
    year: input.year,
    received,
    finished: [...byRow.values()].reduce((a, b) => a + b, 0),
    perMonth,
    decisionGroups,
    decisionRows,
    replies: {
      total: onTime + late + unknown,
      onTime,
      late,
      unknown,
      onTimeRate: onTime + late > 0 ? onTime / (onTime + late) : null,
      averageWorkingDays: measured > 0 ? workingDays / measured : null,
    },
    fees: { ...input.fees },
  };
}
