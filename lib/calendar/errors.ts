/**
 * A working-day count reached a year whose 放假安排 the State Council has not
 * published (or an admin has not entered). workflow.md §3: never guess — the
 * deadline is shown as 待定 and nothing else is blocked.
 */
export class CalendarUnknownError extends Error {
  constructor(readonly year: number) {
    super(`${year}年放假安排未公布，无法计算工作日`);
    this.name = "CalendarUnknownError";
  }
}

/** The calendar data an admin entered is inconsistent (refused before it is used). */
export class CalendarDataError extends Error {
  constructor(message: string) {
    super(`放假安排数据有误：${message}`);
    this.name = "CalendarDataError";
  }
}

/** What the UI shows in place of a deadline that falls in an unpublished year (workflow.md §3). */
export function pendingLabel(year: number): string {
  return `待定（${year}年放假安排未公布）`;
}

/** A deadline estimated before the year's 放假安排 is published (lib/calendar/provisional.ts). */
export function provisionalLabel(date: string, year: number): string {
  return `预计 ${date}（${year}年放假安排公布前按法定节日推算）`;
}
