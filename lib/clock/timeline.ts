import { CalendarUnknownError, type Calendar, type LocalDate } from "../calendar";
import { dueDate, type PauseSpan } from "./due-date";
import type { IgnoredEvent } from "./events";
import type { Ledger } from "./ledger";
import type { ClockPolicy } from "./policy";
import { extensionRefusal, laterReplyDateRefusal } from "./refusals";
import { REPLY_PERIOD_WORKING_DAYS } from "./rules";
import type { Pause } from "./state";
import type { UnknownYears } from "./unknown-years";

export type Judgement = {
  extension?: { approvedOn: LocalDate; workingDays: number };
  laterReplyDate?: { setOn: LocalDate; replyDueOn: LocalDate };
  refused: IgnoredEvent[];
};

type Context = { ledger: Ledger; pauses: Pause[]; calendar: Calendar; policy: ClockPolicy; unknown: UnknownYears };

export function spanOf(pause: Pause): PauseSpan {
  return pause.endOn === undefined ? { startOn: pause.startOn } : { startOn: pause.startOn, endOn: pause.endOn };
}

function policyAllows(pause: Pause, policy: ClockPolicy): boolean {
  if (pause.kind === "feeNotice") return policy.feePausesClock;
  if (pause.kind === "releaseWait") return policy.releaseWaitPausesClock;
  return true;
}

/**
 * Walks the pause starts, extensions and Art. 35 dates in date order, judging
 * each against the due date in force on its day (workflow.md §4 rule 5: a
 * pause counts only if it starts on or before that date; an extension must be
 * approved by then). Sets `counts` on the pauses; returns what was accepted.
 */
export function judgeDecisions({ ledger, pauses, calendar, policy, unknown }: Context): Judgement {
  const judgement: Judgement = { refused: [] };
  const pauseById = new Map(pauses.map((pause) => [pause.id, pause]));
  const counted: PauseSpan[] = [];
  let budget = REPLY_PERIOD_WORKING_DAYS;

  /** The due date in force on day t; undefined when none is running out (paused, awaiting correction, or unknown). */
  const dueInForceOn = (t: LocalDate): LocalDate | undefined => {
    const { correction } = ledger;
    const corrected = correction?.receivedOn !== undefined && correction.receivedOn <= t;
    if (correction && correction.requestedOn <= t && !corrected) return undefined;
    if (judgement.laterReplyDate) return judgement.laterReplyDate.replyDueOn;
    try {
      return dueDate(calendar, corrected ? correction!.receivedOn! : ledger.receivedOn, budget, counted);
    } catch (error) {
      if (!(error instanceof CalendarUnknownError)) throw error;
      // A due date in an unpublished year is after t when t is before that year; otherwise nobody knows.
      if (t >= `${String(error.year).padStart(4, "0")}-01-01`) unknown.note(error.year);
      return undefined;
    }
  };

  for (const decision of ledger.decisions) {
    switch (decision.type) {
      case "pauseStart": {
        const pause = pauseById.get(decision.pause.id)!;
        const due = dueInForceOn(pause.startOn);
        if (!policyAllows(pause, policy)) {
          pause.notCountedReason = "本机关未将此期间设为中止计算答复期限";
        } else if (due !== undefined && pause.startOn > due) {
          pause.notCountedReason = `开始于答复期限（${due}）届满之后，不能使已逾期的申请恢复为未逾期`;
        } else if (judgement.laterReplyDate) {
          pause.notCountedReason = `答复期限已依条例第三十五条确定为${judgement.laterReplyDate.replyDueOn}，不再顺延`;
        } else {
          pause.counts = true;
          counted.push(spanOf(pause));
        }
        break;
      }
      case "extension": {
        const { event } = decision;
        const refusal = extensionRefusal({
          alreadyExtended: judgement.extension !== undefined,
          workingDays: event.workingDays,
          on: event.on,
          dueInForce: dueInForceOn(event.on),
        });
        if (refusal) {
          judgement.refused.push({ event, reason: refusal });
        } else {
          judgement.extension = { approvedOn: event.on, workingDays: event.workingDays };
          budget += event.workingDays;
        }
        break;
      }
      case "laterDate": {
        const { event } = decision;
        const refusal = laterReplyDateRefusal({ on: event.on, replyDueOn: event.replyDueOn, dueInForce: dueInForceOn(event.on) });
        if (refusal) judgement.refused.push({ event, reason: refusal });
        else judgement.laterReplyDate = { setOn: event.on, replyDueOn: event.replyDueOn };
        break;
      }
    }
  }
  return judgement;
}
