/** Test fixture: the calendar of holidays-cn.json (2024–2026), built once. */
import holidaysJson from "./holidays-cn.json";
import { createCalendar, type Calendar } from "./calendar";
import { calendarYearsFromJson } from "./from-json";

export const officialYears = calendarYearsFromJson(holidaysJson);
export const officialCalendar: Calendar = createCalendar(officialYears);
