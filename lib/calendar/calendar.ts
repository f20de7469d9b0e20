import { validateCalendarYears, type CalendarYear } from "./calendar-data";
import { buildDayTable, DayKind } from "./day-table";
import { CalendarUnknownError } from "./errors";
import { assertLocalDate, toDayNumber, yearOf, type LocalDate } from "./local-date";

export type DayReason = "调休上班" | `节假日（${string}）` | "周末" | "工作日";

export type DayDescription = {
  workingDay: boolean;
  reason: DayReason;
  /** The name of the holiday range the day lies in (also for a weekend inside the range). */
  holidayName?: string;
};

export type SkippedDay = DayDescription & { date: LocalDate };

/**
 * Working days per the official calendar (workflow.md §3): 调休上班日 are working
 * days; days inside a holiday range and ordinary weekends are not.
 * Every method throws CalendarUnknownError when it needs a year with no data.
 */
export interface Calendar {
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The n-th working day after `date` (day 1 is the first working day after it),
   * i.e. the deadline of "within n working days from `date`". n = 0 returns
   * `date` itself; n < 0 counts backwards (the |n|-th working day before).
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** The number of working days d with a < d ≤ b; negative (−count for b < d ≤ a) when b < a. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  describeDay(date: LocalDate): DayDescription;
  /** The non-working days d with a < d ≤ b, in order: what a deadline skipped. */
  holidaysBetween(a: LocalDate, b: LocalDate): SkippedDay[];
  knownYears(): number[];
  /**
   * The same calendar with each unpublished year estimated from the 放假办法 (provisional.ts);
   * only for dates shown as 预计, never for anything final.
   */
  readonly provisional?: Calendar;
}

/** Validates the data (CalendarDataError) and precomputes it, so that each query is O(1). */
export function createCalendar(years: readonly CalendarYear[]): Calendar {
  validateCalendarYears(years);
  if (years.length === 0) return emptyCalendar();
  const known = years.map((entry) => entry.year).sort((a, b) => a - b);
  const { base, firstYear, kind, holidayName, dates, cumulative, workingDayAt, runFirstIndex, runLastIndex } = buildDayTable(years);

  /** Table index of a date in a known year; throws for an unknown year. */
  function indexOf(date: LocalDate): number {
    const i = toDayNumber(date) - base;
    if (i < 0 || i >= dates.length || kind[i] === DayKind.unknown) throw new CalendarUnknownError(yearOf(date));
    return i;
  }

  /** Throws unless index `to` lies in the run of known years of `fromDate` (naming the first unknown year). */
  function assertSameRun(fromDate: LocalDate, to: number): void {
    const yearOffset = yearOf(fromDate) - firstYear;
    const first = runFirstIndex[yearOffset]!;
    const last = runLastIndex[yearOffset]!;
    if (to > last) throw new CalendarUnknownError(yearOf(dates[last]!) + 1);
    if (to < first) throw new CalendarUnknownError(yearOf(dates[first]!) - 1);
  }

  function describeIndex(i: number): DayDescription {
    switch (kind[i]) {
      case DayKind.makeUpWorkday:
        return { workingDay: true, reason: "调休上班" };
      case DayKind.holiday:
        return { workingDay: false, reason: `节假日（${holidayName[i]!}）`, holidayName: holidayName[i]! };
      case DayKind.weekend:
        return { workingDay: false, reason: "周末" };
      default:
        return { workingDay: true, reason: "工作日" };
    }
  }

  return {
    isWorkingDay(date) {
      const k = kind[indexOf(date)];
      return k === DayKind.workday || k === DayKind.makeUpWorkday;
    },

    addWorkingDays(date, n) {
      if (!Number.isInteger(n)) throw new RangeError(`工作日数必须是整数：${n}`);
      if (n === 0) return assertLocalDate(date);
      const i = indexOf(date);
      // The target is the working day whose running count is cumulative[i] + n.
      const target = workingDayAt[cumulative[i]! + n - 1] ?? (n > 0 ? dates.length : -1);
      assertSameRun(date, target);
      return dates[target]!;
    },

    workingDaysBetween(a, b) {
      const i = indexOf(a);
      const j = toDayNumber(b) - base;
      assertSameRun(a, j);
      return cumulative[j]! - cumulative[i]!;
    },

    describeDay(date) {
      return describeIndex(indexOf(date));
    },

    holidaysBetween(a, b) {
      const i = indexOf(a);
      const j = toDayNumber(b) - base;
      assertSameRun(a, j);
      const skipped: SkippedDay[] = [];
      for (let d = i + 1; d <= j; d++) {
        const description = describeIndex(d);
        if (!description.workingDay) skipped.push({ date: dates[d]!, ...description });
      }
      return skipped;
    },

    knownYears() {
      return [...known];
    },
  };
}

function emptyCalendar(): Calendar {
  const unknown = (date: LocalDate): never => {
    throw new CalendarUnknownError(yearOf(assertLocalDate(date)));
  };
  return {
    isWorkingDay: unknown,
    addWorkingDays: (date, n) => (n === 0 ? assertLocalDate(date) : unknown(date)),
    workingDaysBetween: unknown,
    describeDay: unknown,
    holidaysBetween: unknown,
    knownYears: () => [],
  };
}
