export type { CalendarYear } from "./calendar-data";
export { createCalendar, type Calendar, type DayDescription, type DayReason, type SkippedDay } from "./calendar";
export { CalendarDataError, CalendarUnknownError, pendingLabel, provisionalLabel } from "./errors";
export { createCalendarWithProvisional, provisionalCalendarYear, PROVISIONAL_RULES_FROM_YEAR } from "./provisional";
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
