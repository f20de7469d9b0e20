import type { ApplicationRow } from "@/db/schema";
import type { Queryable } from "@/db/types";

/**
 * What the applicant is told about the reply deadline. Before receipt there is no deadline
 * (条例第三十一条: the period runs from the day the agency confirms receipt).
 */
export interface ClockView {
  state: "not_received" | "running" | "paused" | "unknown" | "finished";
  replyDueOn: string | null;
  remainingWorkingDays: number | null;
  /** One line per step (workflow.md §4.7), e.g. 条例第三十三条：自2025-03-03收到申请之日起20个工作日. */
  explanation: string[];
}

export const NOT_RECEIVED_CLOCK: ClockView = {
  state: "not_received",
  replyDueOn: null,
  remainingWorkingDays: null,
  explanation: ["行政机关尚未确认收到申请。答复期限自确认收到申请之日起计算（条例第三十一条、第三十三条）。"],
};

/** The deadline as the applicant sees it. */
export async function applicantClock(_db: Queryable, application: ApplicationRow, _now: Date): Promise<ClockView> {
  if (!application.receivedOn) return NOT_RECEIVED_CLOCK;
  return { state: "running", replyDueOn: application.replyDueOn, remainingWorkingDays: null, explanation: [] };
}
