import type { ApplicantColumn, OutcomeRow } from "./rows";

/**
 * When an application was received and finished, relative to the report year (annual-report.md
 * § Table 三). `receivedOn` is never moved by a correction (workflow.md §2), so a year's 四 is always
 * the next year's 二. "Finished" = the date of the approved reply or of the closing (abandoned or
 * withdrawn); an application finished after 31 Dec is still open as of the year's end.
 */
export type ReceivedPeriod = "beforeYear" | "inYear";
export type FinishedPeriod = "beforeYear" | "inYear" | "open";

/**
 * One group of applications (a split application counts as its sub-applications) with the same
 * applicant column, periods and decision row: what one SQL `GROUP BY` over the applications yields.
 * `row` is the decision's row of table 三; it is only read when `finished` is "inYear". In SQL, for
 * the year's first day F and last day L, over the rows with received_on <= L:
 *   received = CASE WHEN received_on < F THEN 'beforeYear' ELSE 'inYear' END
 *   finished = CASE WHEN finished_on IS NULL OR finished_on > L THEN 'open'
 *                   WHEN finished_on < F THEN 'beforeYear' ELSE 'inYear' END
 *   row      = CASE WHEN finished_on BETWEEN F AND L THEN report_row END
 * grouped by column, received, finished, row with count(*).
 */
export interface ApplicationCount {
  column: ApplicantColumn;
  received: ReceivedPeriod;
  finished: FinishedPeriod;
  row: OutcomeRow | null;
  count: number;
}

/** One application or sub-application with its dates (ISO `YYYY-MM-DD`). */
export interface DatedApplication {
  column: ApplicantColumn;
  receivedOn: string;
  /** Reply or closing date; null while open. */
  finishedOn: string | null;
  /** The decision's row; null while open. */
  row: OutcomeRow | null;
}

/** The periods of an application for `year`, or null if it was received after the year. */
export function reportPeriods(
  application: Pick<DatedApplication, "receivedOn" | "finishedOn">,
  year: number,
): { received: ReceivedPeriod; finished: FinishedPeriod } | null {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (application.receivedOn > last) return null;
  const received: ReceivedPeriod = application.receivedOn < first ? "beforeYear" : "inYear";
  const { finishedOn } = application;
  const finished: FinishedPeriod =
    finishedOn === null || finishedOn > last ? "open" : finishedOn < first ? "beforeYear" : "inYear";
  return { received, finished };
}

/** Groups dated applications into the compute input for `year` (applications received after it are left out). */
export function tallyApplications(applications: readonly DatedApplication[], year: number): ApplicationCount[] {
  const groups = new Map<string, ApplicationCount>();
  for (const application of applications) {
    const periods = reportPeriods(application, year);
    if (periods === null) continue;
    const row = periods.finished === "inYear" ? application.row : null;
    const key = [application.column, periods.received, periods.finished, row ?? ""].join("|");
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { column: application.column, ...periods, row, count: 1 });
  }
  return [...groups.values()];
}
