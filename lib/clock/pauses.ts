import type { Calendar, LocalDate } from "../calendar";
import { feePaymentDueOn } from "../fees";
import type { Consultee } from "./events";
import type { PauseFacts } from "./ledger";
import type { ClockPolicy } from "./policy";
import { CONSULTATION_REPLY_WORKING_DAYS } from "./rules";
import type { Pause } from "./state";
import type { UnknownYears } from "./unknown-years";

const CONSULTATION_LABEL: Record<Consultee, string> = {
  thirdParty: "征求第三方意见",
  coMakingAgency: "征求共同制作机关意见",
  otherAgency: "征求其他机关意见",
};

export function pauseLabel(facts: Pick<PauseFacts, "kind" | "consultee">): string {
  switch (facts.kind) {
    case "consultation":
      return CONSULTATION_LABEL[facts.consultee ?? "thirdParty"];
    case "feeNotice":
      return "收费通知至缴费";
    case "releaseWait":
      return "决定公开后等待公开";
  }
}

type Context = { calendar: Calendar; policy: ClockPolicy; today: LocalDate | undefined; unknown: UnknownYears };

/**
 * Ends a pause at its deadline when nothing ended it earlier — unless `today`
 * is on or before that deadline, when the pause is still open (the consultee
 * may still answer today). Without `today` the events are taken as complete.
 */
function endAtDeadline(pause: Pause, today: LocalDate | undefined): void {
  if (pause.deadlineOn === undefined || (today !== undefined && today <= pause.deadlineOn)) return;
  pause.endOn = pause.deadlineOn;
  pause.endedBy = "deadline";
  pause.open = false;
}

/**
 * Turns what the events say into the pause's dates (workflow.md §4 rule 3).
 * Whether it counts is decided later, against the due date in force.
 */
export function resolvePause(facts: PauseFacts, { calendar, policy, today, unknown }: Context): Pause {
  const pause: Pause = {
    id: facts.id,
    kind: facts.kind,
    ...(facts.consultee && { consultee: facts.consultee }),
    label: pauseLabel(facts),
    startOn: facts.startOn,
    ...(facts.endOn !== undefined && { endOn: facts.endOn, endedBy: facts.endedBy }),
    open: facts.endOn === undefined,
    counts: false,
  };
  const setDeadline = (deadlineOn: LocalDate | undefined) => {
    if (deadlineOn !== undefined) pause.deadlineOn = deadlineOn;
  };

  switch (facts.kind) {
    case "consultation": {
      // 条例第三十二、三十四条: 15 working days from the consultee's receipt; from sending when that is unknown.
      if (facts.deliveredOn !== undefined) pause.deliveredOn = facts.deliveredOn;
      pause.deadlineCountedFromSending = facts.deliveredOn === undefined;
      const from = facts.deliveredOn ?? facts.startOn;
      setDeadline(unknown.attempt(() => calendar.addWorkingDays(from, CONSULTATION_REPLY_WORKING_DAYS)));
      if (pause.open) endAtDeadline(pause, today);
      // A late opinion cannot lengthen the pause: silence ended it at the deadline.
      else if (pause.deadlineOn !== undefined && pause.endOn! > pause.deadlineOn) {
        pause.endOn = pause.deadlineOn;
        pause.endedBy = "deadline";
      }
      break;
    }
    case "feeNotice":
      setDeadline(unknown.attempt(() => feePaymentDueOn(calendar, facts.paymentWindowFrom ?? facts.startOn)));
      // An unpaid fee stays open: the workflow closes the application (视为放弃), the clock does not.
      if (pause.open && today !== undefined && pause.deadlineOn !== undefined) pause.deadlinePassed = today > pause.deadlineOn;
      break;
    case "releaseWait":
      setDeadline(facts.releaseOn ?? unknown.attempt(() => calendar.addWorkingDays(facts.startOn, policy.releaseWaitWorkingDays)));
      if (pause.open) endAtDeadline(pause, today);
      break;
  }
  return pause;
}
