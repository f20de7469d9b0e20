export type { CalendarYear } from "./calendar-data";
export { createCalendar, type Calendar, type DayDescription, type DayReason, type SkippedDay } from "./calendar";
export { CalendarDataError, CalendarUnknownError, pendingLabel } from "./errors";
export { calendarYearsFromJson } from "./from-json";
export {
  addDays,
  assertLocalDate,
  compareLocalDate,
  InvalidLocalDateError,
  isLocalDate,
  isWeekend,
  maxLocalDate,
  weekday,
  type IsoWeekday,
  type LocalDate,
} from "./local-date";
