import { Lunar, Solar } from "lunar-typescript";
import { createCalendar, type Calendar } from "./calendar";
import type { CalendarYear } from "./calendar-data";
import { addDays, isWeekend, type LocalDate } from "./local-date";

/**
 * 《全国年节及纪念日放假办法》as revised by 国务院令第795号 (2024-11-10), in force from 2025-01-01.
 * Earlier years (2024: 春节 3 days without 除夕, 劳动节 1 day) are never estimated.
 */
export const PROVISIONAL_RULES_FROM_YEAR = 2025;

/** The published arrangement lies at most this far ahead of the last entered year (a due date never runs further). */
const PROVISIONAL_YEARS_AHEAD = 3;

export const PROVISIONAL_SOURCE = "《全国年节及纪念日放假办法》（2024年修订）第二条、第六条推算（未含调休）";

type Statutory = { name: string; days: LocalDate[] };

const iso = (solar: Solar): LocalDate => solar.toYmd();
const ymd = (year: number, month: number, day: number): LocalDate =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** 第二条: the days 全体公民放假 (lunar dates and the 清明 solar term from the kept lunar library). */
function statutoryHolidays(year: number): Statutory[] {
  const springFestival = Lunar.fromYmd(year, 1, 1).getSolar();
  const qingming = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()["清明"]!;
  return [
    { name: "元旦", days: [ymd(year, 1, 1)] },
    // 春节：农历除夕、正月初一、初二、初三.
    { name: "春节", days: [-1, 0, 1, 2].map((offset) => iso(springFestival.next(offset))) },
    { name: "清明节", days: [iso(qingming)] },
    { name: "劳动节", days: [ymd(year, 5, 1), ymd(year, 5, 2)] },
    { name: "端午节", days: [iso(Lunar.fromYmd(year, 5, 5).getSolar())] },
    { name: "中秋节", days: [iso(Lunar.fromYmd(year, 8, 15).getSolar())] },
    { name: "国庆节", days: [ymd(year, 10, 1), ymd(year, 10, 2), ymd(year, 10, 3)] },
  ];
}

/**
 * One year's holidays as the 办法 alone fixes them: the statutory days, and 第六条's 补假 — a
 * statutory day on a Saturday or Sunday is made up on the next working day(s) after the holiday.
 * The State Council's 调休 (weekend days swapped to join a holiday) is not in the 办法 and is left
 * out, so a provisional calendar never makes a day a holiday that the published one does not.
 * Two holidays on the same day (中秋 on 1–3 October) count once: no extra day is guessed.
 */
export function provisionalCalendarYear(year: number): CalendarYear {
  if (!Number.isInteger(year) || year < PROVISIONAL_RULES_FROM_YEAR) {
    throw new RangeError(`${year}年不适用2024年修订的《全国年节及纪念日放假办法》，不能推算`);
  }
  const statutory = statutoryHolidays(year).sort((a, b) => (a.days[0]! < b.days[0]! ? -1 : 1));
  const holidayDays = new Set(statutory.flatMap((holiday) => holiday.days));
  const ranges: { names: string[]; from: LocalDate; to: LocalDate }[] = [];
  for (const holiday of statutory) {
    const own = holiday.days.filter((day) => !ranges.some((range) => range.from <= day && day <= range.to));
    let owed = own.filter(isWeekend).length;
    let to = holiday.days[holiday.days.length - 1]!;
    for (let day = addDays(to, 1); owed > 0; day = addDays(day, 1)) {
      if (isWeekend(day) || holidayDays.has(day)) continue;
      holidayDays.add(day);
      to = day;
      owed--;
    }
    const from = holiday.days[0]!;
    const joined = ranges.find((range) => from <= addDays(range.to, 1));
    if (joined) {
      if (!joined.names.includes(holiday.name)) joined.names.push(holiday.name);
      if (to > joined.to) joined.to = to;
    } else {
      ranges.push({ names: [holiday.name], from, to });
    }
  }
  return {
    year,
    source: PROVISIONAL_SOURCE,
    holidays: ranges.map((range) => ({ name: range.names.join("、"), from: range.from, to: range.to })),
    workdays: [],
  };
}

/** The years from 2025 up to three after the last entered one that have no published arrangement. */
export function missingYears(official: readonly CalendarYear[]): number[] {
  const known = new Set(official.map((entry) => entry.year));
  const last = Math.max(PROVISIONAL_RULES_FROM_YEAR - 1, ...known);
  const missing: number[] = [];
  for (let year = PROVISIONAL_RULES_FROM_YEAR; year <= last + PROVISIONAL_YEARS_AHEAD; year++) {
    if (!known.has(year)) missing.push(year);
  }
  return missing;
}

/**
 * The official calendar, carrying as `provisional` the same calendar with every missing year
 * estimated. The official one stays the only basis of anything final (a closing, an overdue
 * count); the provisional one only answers "预计" questions (lib/clock's provisional due date).
 */
export function createCalendarWithProvisional(official: readonly CalendarYear[]): Calendar {
  const calendar = createCalendar(official);
  const missing = missingYears(official);
  if (missing.length === 0) return calendar;
  const provisional = createCalendar([...official, ...missing.map(provisionalCalendarYear)]);
  return { ...calendar, provisional };
}
