import { assertLocalDate, type LocalDate } from "../calendar";
import { ClockEventsError, type ClockEvent, type Consultee, type IgnoredEvent } from "./events";
import { correctionRefusal } from "./refusals";

export type PauseKind = "consultation" | "feeNotice" | "releaseWait";

/** What the events say about one pause record, before any date arithmetic. */
export type PauseFacts = {
  id: string;
  kind: PauseKind;
  consultee?: Consultee;
  /** Sᵢ. */
  startOn: LocalDate;
  /** Consultation: the consultee received the letter. */
  deliveredOn?: LocalDate;
  /** Fee: the latest notice the applicant received (a reduction restarts the payment window). */
  paymentWindowFrom?: LocalDate;
  /** Release wait: the release date stated in the notice to the third party. */
  releaseOn?: LocalDate;
  /** The recorded end (opinion received, paid, cancelled, wait ended), if any. */
  endOn?: LocalDate;
  endedBy?: "answered" | "paid" | "cancelled" | "ended";
};

/** A recorded step whose validity depends on the due date in force on its day. */
export type Decision =
  | { type: "pauseStart"; pause: PauseFacts }
  | { type: "extension"; event: Extract<ClockEvent, { type: "extensionApproved" }> }
  | { type: "laterDate"; event: Extract<ClockEvent, { type: "laterReplyDateSet" }> };

export type Ledger = {
  receivedOn: LocalDate;
  correction?: { requestedOn: LocalDate; statedDueOn?: LocalDate; receivedOn?: LocalDate };
  pauses: PauseFacts[];
  /** In date order; judged one by one against the due date in force (workflow.md §4 rule 5). */
  decisions: Decision[];
  ignored: IgnoredEvent[];
  lastEventOn: LocalDate;
  /** The latest order to reply anew (行政复议决定 / 判决): it replaces every earlier due date. */
  newReply?: { orderedOn: LocalDate; statedDueOn?: LocalDate };
};

// On the same day a record is opened before it is closed, whatever order staff entered them in.
const SAME_DAY_RANK: Record<ClockEvent["type"], number> = {
  received: 0,
  correctionRequested: 1,
  consultationSent: 1,
  feeNoticeReceived: 1,
  releaseWaitStarted: 1,
  correctionReceived: 2,
  consultationDelivered: 2,
  consultationAnswered: 2,
  extensionApproved: 2,
  feeReduced: 2,
  feePaid: 2,
  feeCancelled: 2,
  laterReplyDateSet: 2,
  releaseWaitEnded: 2,
  reopenedForNewReply: 3,
};

function validateDates(event: ClockEvent): void {
  assertLocalDate(event.on);
  if (event.type === "correctionRequested" && event.correctionDueOn !== undefined) assertLocalDate(event.correctionDueOn);
  if (event.type === "laterReplyDateSet") assertLocalDate(event.replyDueOn);
  if (event.type === "releaseWaitStarted" && event.releaseOn !== undefined) assertLocalDate(event.releaseOn);
  if (event.type === "reopenedForNewReply" && event.replyDueOn !== undefined) assertLocalDate(event.replyDueOn);
}

/** Events in date order; recording order breaks ties (a late-recorded fact keeps its legal date). */
function chronological(events: readonly ClockEvent[]): ClockEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : 0) ||
        SAME_DAY_RANK[a.event.type] - SAME_DAY_RANK[b.event.type] ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}

/**
 * Reads the events into facts, ignoring (with a reason) the ones that cannot
 * apply: a second receipt or correction notice, an end without a start, ….
 */
export function readLedger(events: readonly ClockEvent[]): Ledger {
  events.forEach(validateDates);
  const ordered = chronological(events);
  const received = ordered.find((event) => event.type === "received");
  if (!received) throw new ClockEventsError("缺少「收到申请」记录，答复期限无从起算（条例第三十一条）");

  const ledger: Ledger = { receivedOn: received.on, pauses: [], decisions: [], ignored: [], lastEventOn: received.on };
  const pausesById = new Map<string, PauseFacts>();
  const ignore = (event: ClockEvent, reason: string) => {
    ledger.ignored.push({ event, reason });
  };

  /** The open pause record an end event refers to, or undefined after recording why not. */
  const openPause = (event: ClockEvent & { pauseId: string }, kind: PauseKind): PauseFacts | undefined => {
    const pause = pausesById.get(event.pauseId);
    if (!pause || pause.kind !== kind) {
      ignore(event, `未找到此前开始的中止记录「${event.pauseId}」`);
      return undefined;
    }
    if (pause.endOn !== undefined) {
      ignore(event, `中止记录「${event.pauseId}」已于${pause.endOn}结束`);
      return undefined;
    }
    return pause;
  };
  const closePause = (pause: PauseFacts | undefined, on: LocalDate, endedBy: NonNullable<PauseFacts["endedBy"]>) => {
    if (!pause) return;
    pause.endOn = on;
    pause.endedBy = endedBy;
  };
  const startPause = (event: ClockEvent & { pauseId: string }, facts: PauseFacts) => {
    if (pausesById.has(event.pauseId)) {
      ignore(event, `中止记录「${event.pauseId}」重复`);
      return;
    }
    pausesById.set(event.pauseId, facts);
    ledger.pauses.push(facts);
    ledger.decisions.push({ type: "pauseStart", pause: facts });
  };

  for (const event of ordered) {
    if (event === received) continue;
    if (event.on < ledger.receivedOn) {
      ignore(event, `早于收到申请之日（${ledger.receivedOn}）`);
      continue;
    }
    ledger.lastEventOn = event.on;
    switch (event.type) {
      case "received":
        ignore(event, `收到申请之日已确定为${ledger.receivedOn}，不再变更（条例第三十一条）`);
        break;
      case "correctionRequested": {
        const refusal = correctionRefusal({ alreadyRequested: ledger.correction !== undefined });
        if (refusal) ignore(event, refusal);
        else ledger.correction = { requestedOn: event.on, ...(event.correctionDueOn && { statedDueOn: event.correctionDueOn }) };
        break;
      }
      case "correctionReceived":
        if (!ledger.correction) ignore(event, "此前未发出补正告知");
        else if (ledger.correction.receivedOn) ignore(event, `已于${ledger.correction.receivedOn}收到补正`);
        else ledger.correction.receivedOn = event.on;
        break;
      case "consultationSent":
        startPause(event, { id: event.pauseId, kind: "consultation", consultee: event.consultee, startOn: event.on });
        break;
      case "consultationDelivered": {
        const pause = openPause(event, "consultation");
        if (pause) pause.deliveredOn = event.on;
        break;
      }
      case "consultationAnswered":
        closePause(openPause(event, "consultation"), event.on, "answered");
        break;
      case "feeNoticeReceived":
        startPause(event, { id: event.pauseId, kind: "feeNotice", startOn: event.on, paymentWindowFrom: event.on });
        break;
      case "feeReduced": {
        const pause = openPause(event, "feeNotice");
        if (pause) pause.paymentWindowFrom = event.on;
        break;
      }
      case "feePaid":
        closePause(openPause(event, "feeNotice"), event.on, "paid");
        break;
      case "feeCancelled":
        closePause(openPause(event, "feeNotice"), event.on, "cancelled");
        break;
      case "releaseWaitStarted":
        startPause(event, { id: event.pauseId, kind: "releaseWait", startOn: event.on, ...(event.releaseOn && { releaseOn: event.releaseOn }) });
        break;
      case "releaseWaitEnded":
        closePause(openPause(event, "releaseWait"), event.on, "ended");
        break;
      case "extensionApproved":
        ledger.decisions.push({ type: "extension", event });
        break;
      case "laterReplyDateSet":
        ledger.decisions.push({ type: "laterDate", event });
        break;
      case "reopenedForNewReply":
        ledger.newReply = { orderedOn: event.on, ...(event.replyDueOn && { statedDueOn: event.replyDueOn }) };
        break;
    }
  }
  return ledger;
}
