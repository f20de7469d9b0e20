import type { ClockEvent, ClockEventType, Consultee } from "@/lib/clock";

/** One ledger row as far as the clock cares (application_events: type, occurredOn, payload). */
export interface LedgerRow {
  type: string;
  occurredOn: string | null;
  payload: Record<string, unknown>;
}

const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * The reply clock's input (lib/clock ClockEvent) derived from the ledger, in ledger order
 * (workflow.md §4: the clock is a ledger of events, not a stored date). Convention for writers of
 * events: `occurredOn` is the legal day of the fact (`on`); the payload carries the rest under the
 * ClockEvent's own names — `pauseId` (the consultation / fee notice / release-wait record id),
 * `consultee`, `correctionDueOn`, `workingDays`, `replyDueOn`, `releaseOn`.
 * A `newReplyOrdered` event is the ledger's `reopenedForNewReply` row. Rows of other types
 * (submitted, notes, drafts …) do not touch the clock and are skipped.
 */
export function clockEventsFromLedger(rows: readonly LedgerRow[]): ClockEvent[] {
  const events: ClockEvent[] = [];
  for (const row of rows) {
    const on = row.occurredOn;
    if (!on) continue;
    const p = row.payload ?? {};
    const pauseId = str(p.pauseId) ?? "";
    // The ledger's 按复议决定或判决重新答复 (lib/workflow reopenForNewReply) is the clock's newReplyOrdered.
    const type = (row.type === "reopenedForNewReply" ? "newReplyOrdered" : row.type) as ClockEventType;
    switch (type) {
      case "received":
      case "correctionReceived":
        events.push({ type, on });
        break;
      case "correctionRequested":
        events.push({ type, on, ...(str(p.correctionDueOn) ? { correctionDueOn: str(p.correctionDueOn) } : {}) });
        break;
      case "consultationSent":
        events.push({ type, on, pauseId, consultee: (str(p.consultee) as Consultee | undefined) ?? "thirdParty" });
        break;
      // A reduced notice sent by post restarts the payment window when it is delivered (fees.md §3.6).
      case "feeReduced":
        if (p.awaitsDelivery !== true) events.push({ type, on, pauseId });
        break;
      case "feeNoticeReceived":
        events.push({ type: p.reducedNotice === true ? "feeReduced" : type, on, pauseId });
        break;
      case "consultationDelivered":
      case "consultationAnswered":
      case "feePaid":
      case "feeCancelled":
      case "releaseWaitEnded":
        events.push({ type, on, pauseId });
        break;
      case "releaseWaitStarted":
        events.push({ type, on, pauseId, ...(str(p.releaseOn) ? { releaseOn: str(p.releaseOn) } : {}) });
        break;
      case "extensionApproved":
        events.push({ type, on, workingDays: Number(p.workingDays) });
        break;
      case "laterReplyDateSet":
        events.push({ type, on, replyDueOn: str(p.replyDueOn) ?? on });
        break;
      case "newReplyOrdered":
        events.push({ type, on, ...(str(p.replyDueOn) ? { replyDueOn: str(p.replyDueOn) } : {}) });
        break;
      default:
        break;
    }
  }
  return events;
}
