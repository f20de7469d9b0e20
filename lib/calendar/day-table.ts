import type { CalendarYear } from "./calendar-data";
import { fromDayNumber, isWeekend, toDayNumber, yearOf, type LocalDate } from "./local-date";

export const DayKind = { unknown: 0, workday: 1, makeUpWorkday: 2, weekend: 3, holiday: 4 } as const;
export type DayKind = (typeof DayKind)[keyof typeof DayKind];

/**
 * One entry per day from 1 January of the first known year to 31 December of
 * the last, so that every calendar query is a few array reads.
 */
export type DayTable = {
  /** Day number (toDayNumber) of index 0. */
  base: number;
  firstYear: number;
  kind: Uint8Array;
  holidayName: (string | undefined)[];
  dates: LocalDate[];
  /** Working days in indexes 0…i. */
  cumulative: Int32Array;
  /** Index of the k-th working day (k from 0). */
  workingDayAt: Int32Array;
  /**
   * Per year (offset from firstYear): the first and last index of the run of
   * consecutive known years it belongs to, −1 for an unknown year. A count may
   * not leave its run, because the days between runs are unknown.
   */
  runFirstIndex: Int32Array;
  runLastIndex: Int32Array;
};

const pad4 = (year: number) => String(year).padStart(4, "0");
const firstDayNumber = (year: number) => toDayNumber(`${pad4(year)}-01-01`);
const lastDayNumber = (year: number) => toDayNumber(`${pad4(year)}-12-31`);

/** Builds the table for validated, non-empty data (validateCalendarYears). */
export function buildDayTable(years: readonly CalendarYear[]): DayTable {
  const known = new Set(years.map((entry) => entry.year));
  const firstYear = Math.min(...known);
  const lastYear = Math.max(...known);
  const base = firstDayNumber(firstYear);
  const size = lastDayNumber(lastYear) - base + 1;

  const kind = new Uint8Array(size);
  const holidayName: (string | undefined)[] = new Array(size);
  const dates: LocalDate[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const date = fromDayNumber(base + i);
    dates[i] = date;
    if (known.has(yearOf(date))) kind[i] = isWeekend(date) ? DayKind.weekend : DayKind.workday;
  }
  // A year's notice may name days of a neighbouring year; in an unknown year they stay unknown.
  const knownIndex = (dayNumber: number) => {
    const i = dayNumber - base;
    return i >= 0 && i < size && kind[i] !== DayKind.unknown ? i : -1;
  };
  for (const entry of years) {
    for (const holiday of entry.holidays) {
      for (let d = toDayNumber(holiday.from); d <= toDayNumber(holiday.to); d++) {
        const i = knownIndex(d);
        if (i < 0) continue;
        kind[i] = DayKind.holiday;
        holidayName[i] = holiday.name;
      }
    }
    for (const workday of entry.workdays) {
      const i = knownIndex(toDayNumber(workday));
      if (i >= 0) kind[i] = DayKind.makeUpWorkday;
    }
  }

  const cumulative = new Int32Array(size);
  const working: number[] = [];
  for (let i = 0; i < size; i++) {
    if (kind[i] === DayKind.workday || kind[i] === DayKind.makeUpWorkday) working.push(i);
    cumulative[i] = working.length;
  }

  const yearCount = lastYear - firstYear + 1;
  const runFirstIndex = new Int32Array(yearCount).fill(-1);
  const runLastIndex = new Int32Array(yearCount).fill(-1);
  for (let start = firstYear; start <= lastYear; start++) {
    if (!known.has(start) || known.has(start - 1)) continue;
    let end = start;
    while (known.has(end + 1)) end++;
    for (let year = start; year <= end; year++) {
      runFirstIndex[year - firstYear] = firstDayNumber(start) - base;
      runLastIndex[year - firstYear] = lastDayNumber(end) - base;
    }
  }

  return { base, firstYear, kind, holidayName, dates, cumulative, workingDayAt: Int32Array.from(working), runFirstIndex, runLastIndex };
}
