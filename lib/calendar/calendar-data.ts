import { CalendarDataError } from "./errors";
import { isLocalDate, yearOf, type LocalDate } from "./local-date";

/**
 * One year's official arrangement (国务院办公厅关于某年部分节假日安排的通知), as
 * the database holds it: the holiday ranges and the make-up working days (调休上班日).
 */
export type CalendarYear = {
  year: number;
  source?: string;
  holidays: { name: string; from: LocalDate; to: LocalDate }[];
  workdays: LocalDate[];
};

/**
 * Refuses data that cannot be an official arrangement, so an admin's typo is
 * caught when it is entered rather than silently moving legal deadlines.
 *
 * A year's notice may name days of the previous year (元旦 2023 ran from
 * 2022-12-31, and 2019's notice made 2018-12-29 a working day), so dates in
 * year Y−1 are accepted in year Y's entry; nothing later than year Y is.
 */
export function validateCalendarYears(years: readonly CalendarYear[]): void {
  const seenYears = new Set<number>();
  const ranges: { year: number; name: string; from: LocalDate; to: LocalDate }[] = [];
  for (const entry of years) {
    const { year } = entry;
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new CalendarDataError(`年份「${year}」无效`);
    if (seenYears.has(year)) throw new CalendarDataError(`${year}年重复`);
    seenYears.add(year);
    const inScope = (date: LocalDate) => isLocalDate(date) && (yearOf(date) === year || yearOf(date) === year - 1);

    for (const holiday of entry.holidays) {
      const label = `${year}年节假日「${holiday.name}」`;
      if (holiday.name.trim() === "") throw new CalendarDataError(`${year}年有节假日未填写名称`);
      if (!inScope(holiday.from) || !isLocalDate(holiday.to) || yearOf(holiday.to) !== year) {
        throw new CalendarDataError(`${label}的日期（${holiday.from}至${holiday.to}）不属于${year}年`);
      }
      if (holiday.from > holiday.to) throw new CalendarDataError(`${label}的起止日期颠倒（${holiday.from}至${holiday.to}）`);
      ranges.push({ year, ...holiday });
    }

    const seenWorkdays = new Set<LocalDate>();
    for (const workday of entry.workdays) {
      if (!inScope(workday)) throw new CalendarDataError(`${year}年调休上班日「${workday}」不属于${year}年`);
      if (seenWorkdays.has(workday)) throw new CalendarDataError(`${year}年调休上班日「${workday}」重复`);
      seenWorkdays.add(workday);
    }
  }

  ranges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1]!;
    const current = ranges[i]!;
    if (current.from <= previous.to) {
      throw new CalendarDataError(`节假日「${previous.name}」（${previous.year}年）与「${current.name}」（${current.year}年）日期重叠`);
    }
  }
  for (const entry of years) {
    for (const workday of entry.workdays) {
      const clash = ranges.find((range) => range.from <= workday && workday <= range.to);
      if (clash) throw new CalendarDataError(`${entry.year}年调休上班日「${workday}」落在节假日「${clash.name}」期间`);
    }
  }
}
