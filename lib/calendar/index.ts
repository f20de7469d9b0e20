export type { CalendarYear } from "./calendar-data";
export { createCalendar, type Calendar, type DayDescription, type DayReason, type SkippedDay } from "./calendar";
export { CalendarDataError, CalendarUnknownError, pendingLabel, provisionalLabel } from "./errors";
// The provisional calendar (lunar-typescript) is imported from "@/lib/calendar/provisional" by the server only,
// so forms that import this index never ship the lunar tables to the browser.
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
