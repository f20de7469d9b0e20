import { assertLocalDate, maxLocalDate, type Calendar, type LocalDate } from "../calendar";
import { dueDate, excludedWorkingDays, workingDaysUsed } from "./due-date";
import type { ClockEvent } from "./events";
import { explain } from "./explanation";
import { readLedger } from "./ledger";
import { resolvePause } from "./pauses";
import { DEFAULT_CLOCK_POLICY, type ClockPolicy } from "./policy";
import { CORRECTION_NOTICE_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "./rules";
import type { ClockState, Pause } from "./state";
import { judgeDecisions, spanOf } from "./timeline";
import { UnknownYears } from "./unknown-years";

function pauseReason(pause: Pause): string {
  const until = pause.deadlineOn ?? "待定";
  switch (pause.kind) {
    case "consultation":
      return `${pause.label}中（意见期限至${until}）`;
    case "feeNotice":
      return `待缴费（缴费期限至${until}）`;
    case "releaseWait":
      return `等待公开（公开日期${until}）`;
  }
}

/**
 * Derives the reply deadline of one application from its events (workflow.md
 * §4). Pure: the same events and calendar always give the same state, so a
 * calendar correction is applied by calling it again. Never throws for a year
 * missing from the calendar: the state reports `unknownYear` instead.
 *
 * @param today when given, pauses whose deadline is still ahead are open and
 *   used/remaining working days are counted to this day.
 */
export function computeClock(
  events: readonly ClockEvent[],
  calendar: Calendar,
  policy: ClockPolicy = DEFAULT_CLOCK_POLICY,
  today?: LocalDate,
): ClockState {
  if (today !== undefined) assertLocalDate(today);
  const ledger = readLedger(events);
  const unknown = new UnknownYears();
  const { receivedOn, correction } = ledger;

  // 条例第三十条: correction notice within 7 working days; the reply period then runs from the correction.
  const correctionNoticeDueOn = unknown.attempt(() => calendar.addWorkingDays(receivedOn, CORRECTION_NOTICE_WORKING_DAYS));
  const correctionDueOn =
    correction &&
    (correction.statedDueOn ?? unknown.attempt(() => calendar.addWorkingDays(correction.requestedOn, policy.correctionDeadlineWorkingDays)));
  const awaitingCorrection = correction !== undefined && correction.receivedOn === undefined;
  const clockStartOn = correction?.receivedOn ?? receivedOn;

  const pauses = ledger.pauses.map((facts) => resolvePause(facts, { calendar, policy, today, unknown }));
  const { extension, laterReplyDate, refused } = judgeDecisions({ ledger, pauses, calendar, policy, unknown });
  const budgetWorkingDays = REPLY_PERIOD_WORKING_DAYS + (extension?.workingDays ?? 0);
  const countedSpans = pauses.filter((pause) => pause.counts).map(spanOf);
  const openCounted = pauses.filter((pause) => pause.counts && pause.open);

  for (const pause of pauses) {
    if (!pause.counts || pause.endOn === undefined) continue;
    const from = maxLocalDate(pause.startOn, clockStartOn);
    const endOn = pause.endOn;
    const excluded = endOn > from ? unknown.attempt(() => calendar.workingDaysBetween(from, endOn)) : 0;
    if (excluded !== undefined) pause.excludedWorkingDays = excluded;
  }

  // Rule 6: no due date while a counted pause is open (计时中止).
  const statutoryDueOn =
    awaitingCorrection || openCounted.length > 0
      ? undefined
      : unknown.attempt(() => dueDate(calendar, clockStartOn, budgetWorkingDays, countedSpans));
  // A new reply ordered by a reconsideration body or a court runs from the order (its own period,
  // else 20 working days, 条例第三十三条 by analogy); it replaces every earlier due date.
  const newReply = ledger.newReply && {
    orderedOn: ledger.newReply.orderedOn,
    replyDueOn:
      ledger.newReply.statedDueOn ?? unknown.attempt(() => calendar.addWorkingDays(ledger.newReply!.orderedOn, REPLY_PERIOD_WORKING_DAYS)),
    statedInOrder: ledger.newReply.statedDueOn !== undefined,
  };
  // Rule 8 (条例第三十五条): a later date set by the agency overrides the computed one.
  const replyDueOn = newReply ? newReply.replyDueOn : awaitingCorrection ? undefined : (laterReplyDate?.replyDueOn ?? statutoryDueOn);
  const lastCountedEnd = countedSpans.reduce<LocalDate | undefined>(
    (last, span) => (span.endOn !== undefined && (last === undefined || span.endOn > last) ? span.endOn : last),
    undefined,
  );
  const excludedTotal =
    lastCountedEnd === undefined || openCounted.length > 0
      ? undefined
      : unknown.attempt(() => excludedWorkingDays(calendar, clockStartOn, lastCountedEnd, countedSpans));

  const asOf = today ?? ledger.lastEventOn;
  const used = awaitingCorrection ? 0 : unknown.attempt(() => workingDaysUsed(calendar, clockStartOn, asOf, countedSpans));
  let remaining: number | undefined;
  if (today !== undefined) {
    if (newReply) remaining = newReply.replyDueOn === undefined ? undefined : unknown.attempt(() => calendar.workingDaysBetween(today, newReply.replyDueOn!));
    else if (awaitingCorrection) remaining = budgetWorkingDays;
    else if (laterReplyDate) remaining = unknown.attempt(() => calendar.workingDaysBetween(today, laterReplyDate.replyDueOn));
    else if (used !== undefined) remaining = budgetWorkingDays - used;
  }

  const pausedReasons = [
    ...(awaitingCorrection ? [`待补正（补正期限至${correctionDueOn ?? "待定"}）`] : []),
    ...openCounted.map(pauseReason),
  ];

  const state: Omit<ClockState, "explanation"> = {
    receivedOn,
    clockStartOn,
    ...(correctionNoticeDueOn !== undefined && { correctionNoticeDueOn }),
    ...(correction && {
      correction: {
        requestedOn: correction.requestedOn,
        ...(correction.receivedOn !== undefined && { receivedOn: correction.receivedOn }),
        noticeLate: correctionNoticeDueOn !== undefined && correction.requestedOn > correctionNoticeDueOn,
        ...(awaitingCorrection && today !== undefined && correctionDueOn !== undefined && { deadlinePassed: today > correctionDueOn }),
      },
    }),
    ...(correctionDueOn !== undefined && { correctionDueOn }),
    ...(extension && { extension }),
    ...(laterReplyDate && { laterReplyDate }),
    ...(newReply && { newReply: { orderedOn: newReply.orderedOn, statedInOrder: newReply.statedInOrder, ...(newReply.replyDueOn && { replyDueOn: newReply.replyDueOn }) } }),
    budgetWorkingDays,
    ...(replyDueOn !== undefined && { replyDueOn }),
    running: newReply !== undefined || pausedReasons.length === 0,
    ...(newReply === undefined && pausedReasons.length > 0 && { pausedBecause: pausedReasons.join("；") }),
    pauses,
    asOf,
    ...(used !== undefined && { workingDaysUsed: used }),
    ...(remaining !== undefined && { workingDaysRemaining: remaining }),
    ignoredEvents: [...ledger.ignored, ...refused],
    ...(unknown.year !== undefined && { unknownYear: unknown.year }),
  };
  const provisional = provisionalDue(state, events, calendar, policy, today);
  return { ...state, ...(provisional && { provisional }), explanation: explain(state, { statutoryDueOn, excludedTotal, refused }) };
}

/** The same clock on the provisional calendar, when only an unpublished year stood in the way. */
function provisionalDue(
  state: Omit<ClockState, "explanation">,
  events: readonly ClockEvent[],
  calendar: Calendar,
  policy: ClockPolicy,
  today: LocalDate | undefined,
): ClockState["provisional"] {
  if (state.replyDueOn !== undefined || state.unknownYear === undefined || !calendar.provisional) return undefined;
  const estimate = computeClock(events, calendar.provisional, policy, today);
  if (estimate.replyDueOn === undefined) return undefined;
  return {
    replyDueOn: estimate.replyDueOn,
    year: state.unknownYear,
    ...(estimate.workingDaysRemaining !== undefined && { workingDaysRemaining: estimate.workingDaysRemaining }),
  };
}
