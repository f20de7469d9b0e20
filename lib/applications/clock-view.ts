import { asc, eq } from "drizzle-orm";
import { agencies, applicationEvents, type ApplicationRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy, type AgencyPolicy } from "@/lib/agencies/policy";
import { pendingLabel, provisionalLabel } from "@/lib/calendar";
import { ClockEventsError, computeClock, type ClockPolicy, type ClockState } from "@/lib/clock";
import { chinaDate } from "@/lib/validation/china-date";
import { isFinished } from "@/lib/workflow/status";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { clockEventsFromLedger, typedLedger } from "./clock-events";
import { logger } from "@/lib/log/logger";

/**
 * What the applicant is told about the reply deadline (workflow.md §4): derived from the ledger by
 * lib/clock on every read, never from the cached column. Before receipt there is no deadline
 * (条例第三十一条: the period runs from the day the agency confirms receipt).
 */
export interface ClockView {
  state: "not_received" | "running" | "paused" | "unknown" | "finished";
  replyDueOn: string | null;
  /**
   * Shown instead of a date: 预计 YYYY-MM-DD（YYYY年放假安排公布前按法定节日推算）, 待定（YYYY年放假安排未公布）,
   * or 计时中止 with the reason.
   */
  replyDueLabel: string;
  remainingWorkingDays: number | null;
  /** One line per step (workflow.md §4.7), e.g. 条例第三十三条：自2025-03-03收到申请之日起20个工作日. */
  explanation: string[];
}

export const NOT_RECEIVED_CLOCK: ClockView = {
  state: "not_received",
  replyDueOn: null,
  replyDueLabel: "确认收到申请后计算",
  remainingWorkingDays: null,
  explanation: ["行政机关尚未确认收到申请。答复期限自确认收到申请之日起计算（条例第三十一条、第三十三条）。"],
};

/** 一事一申请: a split application replies through its sub-applications, each with its own deadline. */
export const SPLIT_CLOCK: ClockView = {
  state: "finished",
  replyDueOn: null,
  replyDueLabel: "已拆分，见拆分后的申请",
  remainingWorkingDays: null,
  explanation: ["本申请已按“一事一申请”的原则拆分，由拆分后的各申请分别计算答复期限、分别答复。"],
};

/** The agency's clock settings: the same names as lib/clock's policy, so this only picks them. */
export function clockPolicyOf(policy: AgencyPolicy): ClockPolicy {
  const { feePausesClock, releaseWaitPausesClock, correctionDeadlineWorkingDays, releaseWaitWorkingDays } = policy;
  return { feePausesClock, releaseWaitPausesClock, correctionDeadlineWorkingDays, releaseWaitWorkingDays };
}

/** Pure: the applicant's reading of lib/clock's state. */
export function clockViewOf(state: ClockState, finished: boolean): ClockView {
  const explanation = state.explanation.map(
    (step) => `${step.basis ? `${step.basis}：` : ""}${step.text}${step.detail ? `（${step.detail}）` : ""}`,
  );
  const unknown = state.unknownYear !== undefined && state.replyDueOn === undefined;
  const view: ClockView = {
    state: finished ? "finished" : unknown ? "unknown" : state.running ? "running" : "paused",
    replyDueOn: state.replyDueOn ?? null,
    replyDueLabel:
      state.replyDueOn ??
      (state.provisional
        ? provisionalLabel(state.provisional.replyDueOn, state.provisional.year)
        : unknown
          ? pendingLabel(state.unknownYear!)
          : `计时中止：${state.pausedBecause ?? "暂停计算"}`),
    remainingWorkingDays: finished ? null : (state.workingDaysRemaining ?? null),
    explanation,
  };
  return view;
}

export async function applicantClock(db: Queryable, application: ApplicationRow, now: Date): Promise<ClockView> {
  if (!application.receivedOn) return NOT_RECEIVED_CLOCK;
  const rows = await db
    .select({ type: applicationEvents.type, occurredOn: applicationEvents.occurredOn, payload: applicationEvents.payload })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, application.id))
    .orderBy(asc(applicationEvents.seq));
  if (rows.some((row) => row.type === "applicationSplit")) return SPLIT_CLOCK;
  const [agency] = await db.select({ policy: agencies.policy }).from(agencies).where(eq(agencies.id, application.agencyId));
  try {
    const state = computeClock(
      clockEventsFromLedger(typedLedger(rows)),
      await getWorkingCalendar(db),
      clockPolicyOf(readAgencyPolicy(agency?.policy)),
      chinaDate(now),
    );
    return clockViewOf(state, isFinished(application.status));
  } catch (error) {
    if (!(error instanceof ClockEventsError)) throw error;
    // A ledger the clock cannot read is a data error for staff to fix; the applicant sees the cached date.
    logger.error({ applicationId: application.id, error: error.message }, "clock not computed");
    return {
      state: "running",
      replyDueOn: application.replyDueOn,
      replyDueLabel: application.replyDueOn ?? "待定",
      remainingWorkingDays: null,
      explanation: [],
    };
  }
}
