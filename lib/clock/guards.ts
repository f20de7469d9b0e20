import type { LocalDate } from "../calendar";
import { correctionRefusal, extensionRefusal, feeNoticeRefusal, laterReplyDateRefusal } from "./refusals";
import type { ClockState } from "./state";

/**
 * Checks for the workflow's actions, on the state computed from the events so
 * far (computeClock(events, calendar, policy, on)). They refuse only what the
 * law forbids; an unknown calendar year never blocks an action (workflow.md §3).
 */
export type GuardResult = { ok: true } | { ok: false; reason: string };

function result(reason: string | undefined): GuardResult {
  return reason === undefined ? { ok: true } : { ok: false, reason };
}

/** The one consolidated 补正告知书, within 7 working days of receipt (条例第三十条). */
export function canRequestCorrection(state: ClockState, on: LocalDate): GuardResult {
  return result(
    correctionRefusal({
      alreadyRequested: state.correction !== undefined,
      on,
      ...(state.correctionNoticeDueOn !== undefined && { noticeDueOn: state.correctionNoticeDueOn }),
    }),
  );
}

/** Once, at most 20 working days, approved on or before the due date in force (条例第三十三条第一款). */
export function canApproveExtension(state: ClockState, workingDays: number, on: LocalDate): GuardResult {
  return result(extensionRefusal({ alreadyExtended: state.extension !== undefined, workingDays, on, dueInForce: state.replyDueOn }));
}

/** A later reply date under 条例第三十五条: set before the current due date passes, and later than it. */
export function canSetLaterReplyDate(state: ClockState, replyDueOn: LocalDate, on: LocalDate): GuardResult {
  return result(laterReplyDateRefusal({ on, replyDueOn, dueInForce: state.replyDueOn }));
}

/** The 收费通知书 is issued within the reply period (fees.md §3.2). */
export function canIssueFeeNotice(state: ClockState, on: LocalDate): GuardResult {
  return result(feeNoticeRefusal({ on, dueInForce: state.replyDueOn }));
}
