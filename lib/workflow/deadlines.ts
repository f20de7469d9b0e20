import { compareLocalDate, type LocalDate } from "@/lib/calendar";
import type { ClockState, GuardResult, PauseKind } from "@/lib/clock";

/**
 * The dates the workflow guards compare against all come from lib/clock's ClockState (derived
 * from the event ledger, workflow.md §4); nothing here counts working days.
 */

/**
 * Is `date` on or before the reply due date in force (条例第三十三条)? While a pause is open or the
 * due date lies in an unpublished year, lib/clock leaves replyDueOn undefined: the step is then
 * in time (the same reading as lib/clock's own guards: an unknown year blocks nothing).
 */
export function checkWithinReplyPeriod(clock: ClockState, date: LocalDate, what: string): GuardResult {
  if (clock.replyDueOn === undefined || compareLocalDate(date, clock.replyDueOn) <= 0) return { ok: true };
  return { ok: false, reason: `${what}须在答复期限（${clock.replyDueOn}）届满前作出，现已逾期，不能办理。` };
}

/**
 * The running deadline of a pause record (the consultee's 15th working day, the last day to pay,
 * the release date), by the id the use case gave its pause events; undefined while unknown
 * (not yet started, or 待定 because the calendar lacks the year).
 */
export function pauseDeadline(clock: ClockState, kind: PauseKind, pauseId: string): LocalDate | undefined {
  return clock.pauses.find((pause) => pause.kind === kind && pause.id === pauseId)?.deadlineOn;
}

/** A deadline that may be unknown has passed by `today`; an unknown one never has. */
export function hasPassed(deadline: LocalDate | undefined, today: LocalDate): boolean {
  return deadline !== undefined && compareLocalDate(today, deadline) > 0;
}

export const refusalOf = (result: GuardResult): string | null => (result.ok ? null : result.reason);
