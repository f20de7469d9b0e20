/**
 * Calendar dates as ISO strings `YYYY-MM-DD`, with no time and no time zone.
 *
 * Legal periods in the 条例 are counted in whole days, so a JS `Date` (an
 * instant) would only add time-zone bugs. Every function here is pure integer
 * arithmetic on the proleptic Gregorian calendar.
 */
export type LocalDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export class InvalidLocalDateError extends TypeError {
  constructor(readonly value: unknown) {
    super(`「${String(value)}」不是有效的日期（应为 YYYY-MM-DD）`);
    this.name = "InvalidLocalDateError";
  }
}

const CHAR_0 = 48;
const CHAR_DASH = 45;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - CHAR_0;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * Days since 1970-01-01 (day 0), or NaN when `value` is not a real date.
 * Hot path of the calendar: no regex, no allocation.
 */
function dayNumberOrNaN(value: unknown): number {
  if (typeof value !== "string" || value.length !== 10) return NaN;
  if (value.charCodeAt(4) !== CHAR_DASH || value.charCodeAt(7) !== CHAR_DASH) return NaN;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return daysFromCivil(year, month, day);
}

/** H. Hinnant's days_from_civil, for years ≥ 0. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return !Number.isNaN(dayNumberOrNaN(value));
}

/** Returns `value` typed as a LocalDate, or throws InvalidLocalDateError. */
export function assertLocalDate(value: unknown): LocalDate {
  if (!isLocalDate(value)) throw new InvalidLocalDateError(value);
  return value;
}

/** Days since 1970-01-01; throws InvalidLocalDateError for a malformed or impossible date. */
export function toDayNumber(date: LocalDate): number {
  const n = dayNumberOrNaN(date);
  if (Number.isNaN(n)) throw new InvalidLocalDateError(date);
  return n;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Inverse of toDayNumber (H. Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): LocalDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const result = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isLocalDate(result)) throw new RangeError(`日期超出 0000–9999 年的范围：第 ${dayNumber} 天`);
  return result;
}

/** Calendar days (not working days) later: `addDays("2025-02-28", 1) === "2025-03-01"`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`天数必须是整数：${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

export function weekday(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1 as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return weekday(date) >= 6;
}

/** The year of a valid LocalDate (no validation: callers validate first). */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** -1, 0 or 1; ISO dates compare like strings, this also validates both. */
export function compareLocalDate(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareLocalDate(a, b) >= 0 ? a : b;
}
