import type { ClockEvent } from "@/lib/clock";
import { parseLedgerEvent, type LedgerEvent } from "./case/ledger";

/** One ledger event as far as the clock cares: its type, its legal day and its typed payload. */
export type ClockLedgerRow = LedgerEvent & { occurredOn: string | null };

/** Stored rows (type, occurredOn, jsonb payload) as typed events, for readers that query the ledger themselves. */
export function typedLedger(rows: readonly { type: string; occurredOn: string | null; payload: unknown }[]): ClockLedgerRow[] {
  return rows.flatMap((row) => {
    const event = parseLedgerEvent(row.type, row.payload);
    return event ? [{ ...event, occurredOn: row.occurredOn }] : [];
  });
}

/**
 * The reply clock's input (lib/clock ClockEvent) derived from the ledger, in ledger order
 * (workflow.md §4: the clock is a ledger of events, not a stored date). Convention for writers of
 * events: `occurredOn` is the legal day of the fact (`on`); the payload carries the rest under the
 * ClockEvent's own names — `pauseId` (the consultation / fee notice / release-wait record id),
 * `consultee`, `correctionDueOn`, `workingDays`, `replyDueOn`, `releaseOn` (case/ledger.ts types
 * them). Rows of other types (submitted, notes, drafts …) do not touch the clock and are skipped.
 */
export function clockEventsFromLedger(rows: readonly ClockLedgerRow[]): ClockEvent[] {
  const events: ClockEvent[] = [];
  for (const row of rows) {
    const on = row.occurredOn;
    if (!on) continue;
    switch (row.type) {
      case "received":
      case "correctionReceived":
        events.push({ type: row.type, on });
        break;
      case "correctionRequested":
        events.push({ type: row.type, on, ...(row.payload.correctionDueOn ? { correctionDueOn: row.payload.correctionDueOn } : {}) });
        break;
      case "consultationSent":
        events.push({ type: row.type, on, pauseId: row.payload.pauseId, consultee: row.payload.consultee ?? "thirdParty" });
        break;
      // A reduced notice sent by post restarts the payment window when it is delivered (fees.md §3.6).
      case "feeReduced":
        if (row.payload.awaitsDelivery !== true) events.push({ type: row.type, on, pauseId: row.payload.pauseId });
        break;
      case "feeNoticeReceived":
        events.push({ type: row.payload.reducedNotice === true ? "feeReduced" : row.type, on, pauseId: row.payload.pauseId });
        break;
      case "consultationDelivered":
      case "consultationAnswered":
      case "feePaid":
      case "feeCancelled":
      case "releaseWaitEnded":
        events.push({ type: row.type, on, pauseId: row.payload.pauseId });
        break;
      case "releaseWaitStarted":
        events.push({ type: row.type, on, pauseId: row.payload.pauseId, ...(row.payload.releaseOn ? { releaseOn: row.payload.releaseOn } : {}) });
        break;
      case "extensionApproved":
        events.push({ type: row.type, on, workingDays: row.payload.workingDays });
        break;
      case "laterReplyDateSet":
        events.push({ type: row.type, on, replyDueOn: row.payload.replyDueOn ?? on });
        break;
      case "reopenedForNewReply":
        events.push({ type: row.type, on, ...(row.payload.replyDueOn ? { replyDueOn: row.payload.replyDueOn } : {}) });
        break;
      default:
        break;
    }
  }
  return events;
}
