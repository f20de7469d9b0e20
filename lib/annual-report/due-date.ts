import { isLocalDate } from "@/lib/calendar";
import type { AgencyPolicy } from "@/lib/agencies/policy";

/**
 * The day the report on `year` is due: the agency setting `annualReportDueOn` (month-day) in the
 * following year (条例第四十九条; annual-report.md, Policy default 01-31 for a township). A day the
 * month lacks (02-30) falls back to the month's last day.
 */
export function reportDueOn(year: number, policy: Pick<AgencyPolicy, "annualReportDueOn">): string {
  const [month, day] = policy.annualReportDueOn.split("-").map(Number) as [number, number];
  for (let d = day; d >= 28; d -= 1) {
    const candidate = `${year + 1}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (isLocalDate(candidate)) return candidate;
  }
  return `${year + 1}-${String(month).padStart(2, "0")}-${String(Math.min(day, 28)).padStart(2, "0")}`;
}

/** The year whose report staff are working on by default: the one before today's. */
export function defaultReportYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/**
 * The desk's reminder: in January (Tianjin towns publish in late January), last year's report until
 * it is published. Null outside January or once published.
 */
export function januaryReminder(today: string, policy: Pick<AgencyPolicy, "annualReportDueOn">, lastYearPublished: boolean): { year: number; dueOn: string } | null {
  if (today.slice(5, 7) !== "01" || lastYearPublished) return null;
  const year = defaultReportYear(today);
  return { year, dueOn: reportDueOn(year, policy) };
}
