/**
 * Application status (办理状态), workflow.md §6 (条例第四十五条: 登记、审核、办理、答复、归档).
 * Consultations, fee notices and release waits are pause records, not statuses; `archived` is a
 * flag beside the status; the kind of reply or closing is the `decision`.
 */
export const APPLICATION_STATUSES = ["submitted", "in_progress", "awaiting_correction", "in_review", "replied", "closed"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: "已提交待确认",
  in_progress: "办理中",
  awaiting_correction: "待补正",
  in_review: "审核中",
  replied: "已答复",
  closed: "已终止",
};

/** Finished: the reply was issued, or the application was closed (abandoned or withdrawn). */
export function isFinished(status: ApplicationStatus): boolean {
  return status === "replied" || status === "closed";
}
