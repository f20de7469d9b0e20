export { saveCalendarYear, type SavedCalendarYear } from "./save-year";
export { deleteCalendarYear } from "./delete-year";
export { listCalendarYears, type CalendarYearsView } from "./list-years";
export { missingNextCalendarYear, chinaYear } from "./next-year";
export { canEditCalendar } from "./host-agency";
export { recomputeOpenDeadlines, type MovedDeadline } from "./deadlines-hook";
export type { MovedDeadlinesReport } from "./moved-deadlines";
export { calendarYearFormSchema, type CalendarYearFormInput } from "./schemas";
