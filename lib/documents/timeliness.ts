import { CalendarUnknownError, type Calendar, type LocalDate } from "@/lib/calendar";

import { PUBLICATION_WORKING_DAYS } from "./rules";

export { PUBLICATION_WORKING_DAYS };
/** The desk lists drafts due within this many working days as 即将到期. */
export const DUE_SOON_WORKING_DAYS = 5;

/**
 * The publication deadline: 20 working days after 成文日期, or after 变更日期 for a changed
 * document (the change restarts the clock for the new version). Day 1 is the first working day
 * after the start (workflow.md §3). Undefined while the calendar of the year it reaches is unknown.
 */
export function publicationDueOn(calendar: Calendar, issuedOn: LocalDate, changedOn?: LocalDate | null): LocalDate | undefined {
  try {
    return calendar.addWorkingDays(changedOn || issuedOn, PUBLICATION_WORKING_DAYS);
  } catch (error) {
    if (error instanceof CalendarUnknownError) return undefined;
    throw error;
  }
}

export type Timeliness =
  | { kind: "on_time"; dueOn: LocalDate }
  | { kind: "late"; dueOn: LocalDate; workingDaysLate: number | undefined }
  | { kind: "due"; dueOn: LocalDate; workingDaysLeft: number | undefined }
  | { kind: "overdue"; dueOn: LocalDate; workingDaysLate: number | undefined }
  | { kind: "unknown" };

function between(calendar: Calendar, a: LocalDate, b: LocalDate): number | undefined {
  try {
    return calendar.workingDaysBetween(a, b);
  } catch (error) {
    if (error instanceof CalendarUnknownError) return undefined;
    throw error;
  }
}

/**
 * Where a version stands against its deadline: published on time or late (by the date of the
 * version's publication), or, unpublished, due (with working days left) or overdue.
 */
export function timeliness(
  calendar: Calendar,
  doc: { publicationDueOn: LocalDate | null; versionPublishedOn: LocalDate | null },
  today: LocalDate,
): Timeliness {
  const dueOn = doc.publicationDueOn;
  if (!dueOn) return { kind: "unknown" };
  if (doc.versionPublishedOn) {
    return doc.versionPublishedOn <= dueOn
      ? { kind: "on_time", dueOn }
      : { kind: "late", dueOn, workingDaysLate: between(calendar, dueOn, doc.versionPublishedOn) };
  }
  return today <= dueOn
    ? { kind: "due", dueOn, workingDaysLeft: between(calendar, today, dueOn) }
    : { kind: "overdue", dueOn, workingDaysLate: between(calendar, dueOn, today) };
}

/**
 * The calendar date in China of an instant (发布日期 is a date in Beijing time): the shared UTC+8
 * shift, not a new Intl.DateTimeFormat per call (a list page formats dozens of dates per request).
 */
export { chinaDate } from "@/lib/validation/china-date";
