import type { ApplicationRow } from "@/db/schema";
import type { DecisionCode, DecisionDraft } from "@/lib/workflow";
import type { ApplicationSnapshot, ConsultationRecord, ExtensionRecord, FeeNoticeRecord, ReleaseWaitRecord } from "@/lib/workflow";
import type { LocalDate } from "@/lib/calendar";
import { chinaDate } from "@/lib/validation/china-date";
import type { LedgerEvent } from "./ledger";

/** One ledger event as the snapshot reads it: typed (case/ledger.ts) with its legal day. */
export type SnapshotEvent = LedgerEvent & { occurredOn: string | null };

/**
 * The plain-data picture lib/workflow judges (ApplicationSnapshot), rebuilt from the row and its
 * ledger in order. Pause records are keyed by the `pauseId` their events carry (the convention of
 * lib/applications/clock-events.ts), so one id follows a consultation or fee notice from start to end.
 */
export function snapshotOf(
  row: ApplicationRow,
  events: readonly SnapshotEvent[],
  facts: { requestItemCount: number; subApplicationCount: number },
): ApplicationSnapshot {
  let correction: ApplicationSnapshot["correction"] = null;
  let explanationRequestedOn: string | null = null;
  let laterReplyOn: string | null = null;
  const extensions: ExtensionRecord[] = [];
  const consultations = new Map<string, ConsultationRecord>();
  const fees = new Map<string, FeeNoticeRecord>();
  const waits = new Map<string, ReleaseWaitRecord>();
  let draft: DecisionDraft | null = null;
  let finishedOn: string | null = null;
  let deliveredOn: string | null = null;
  let rated = false;
  let catalogueDraftCreated = false;
  let referredOn: LocalDate | null = null;
  let imported = false;

  for (const event of events) {
    const on = event.occurredOn;
    const pauseId = "pauseId" in event.payload && typeof event.payload.pauseId === "string" ? event.payload.pauseId : "";
    const consultation = consultations.get(pauseId);
    const fee = fees.get(pauseId);
    switch (event.type) {
      case "correctionRequested":
        correction = {
          requestedOn: on!,
          deadlineOn: event.payload.correctionDueOn ?? on!,
          answeredOn: null,
          receivedOn: null,
          expiryRecorded: false,
        };
        break;
      case "correctionAnswered":
        if (correction && !correction.answeredOn) correction.answeredOn = on;
        break;
      case "correctionReceived":
        if (correction) correction.receivedOn = on;
        break;
      case "correctionDeadlinePassed":
        if (correction) correction.expiryRecorded = true;
        break;
      case "explanationRequested":
        explanationRequestedOn = on;
        break;
      case "laterReplyDateSet":
        laterReplyOn = event.payload.replyDueOn ?? null;
        break;
      case "extensionProposed":
        extensions.push({ workingDays: event.payload.workingDays, state: "proposed" });
        break;
      case "extensionApproved":
      case "extensionRefused": {
        const proposed = extensions.find((e) => e.state === "proposed");
        if (proposed) proposed.state = event.type === "extensionApproved" ? "approved" : "refused";
        break;
      }
      case "consultationSent":
        consultations.set(pauseId, {
          id: pauseId,
          kind: event.payload.consultee ?? "thirdParty",
          sentOn: on!,
          deliveredOn: null,
          opinion: null,
          endedOn: null,
          thirdPartyNotified: false,
        });
        break;
      case "consultationDelivered":
        if (consultation) consultation.deliveredOn = on;
        break;
      case "consultationAnswered":
        if (consultation) consultation.opinion = { receivedOn: on!, objects: event.payload.objects === true };
        break;
      case "consultationEnded":
        if (consultation) consultation.endedOn = on;
        break;
      case "thirdPartyNotified":
        if (consultation) consultation.thirdPartyNotified = true;
        break;
      case "releaseWaitStarted":
        waits.set(pauseId, { id: pauseId, consultationId: event.payload.consultationId ?? "", deliveredOn: on!, endedOn: null });
        break;
      case "releaseWaitEnded": {
        const wait = waits.get(pauseId);
        if (wait) wait.endedOn = on;
        break;
      }
      case "feeProposed":
        fees.set(pauseId, {
          id: pauseId,
          method: event.payload.method ?? "perPage",
          amountYuan: event.payload.amountYuan,
          state: "proposed",
          issuedOn: null,
          receivedOn: null,
          paidOn: null,
          accepted: false,
        });
        break;
      case "feeNoticeIssued":
        if (fee) Object.assign(fee, { state: "issued", issuedOn: on });
        break;
      case "feeRefused":
        if (fee) fee.state = "refused";
        break;
      case "feeNoticeReceived":
        if (fee) fee.receivedOn = on;
        break;
      case "feeAccepted":
        if (fee) fee.accepted = true;
        break;
      case "feeReduced":
        if (fee) fee.amountYuan = event.payload.amountYuan;
        // Sent by post: the new notice is in force from its issue, and its delivery is still to record.
        if (fee && event.payload.awaitsDelivery === true) Object.assign(fee, { issuedOn: on, receivedOn: null });
        break;
      case "feePaid":
        if (fee) Object.assign(fee, { state: "paid", paidOn: on });
        break;
      case "feeCancelled":
        if (fee) fee.state = "cancelled";
        break;
      case "decisionDrafted":
        draft = event.payload.draft ?? null;
        break;
      case "replyApproved":
      case "abandonmentConfirmed":
      case "feeDeclined":
      case "feeUnpaidClosed":
      case "withdrawn":
        finishedOn = on;
        break;
      case "reopenedForNewReply":
        // The earlier reply was set aside: the clerk drafts the new one.
        draft = null;
        finishedOn = null;
        deliveredOn = null;
        break;
      case "delivered":
        deliveredOn = on;
        break;
      case "rated":
        rated = true;
        break;
      case "catalogueDraftCreated":
        catalogueDraftCreated = true;
        break;
      case "referredToResponsibleAgency":
        referredOn = on;
        break;
      case "imported":
        imported = true;
        break;
    }
  }

  return {
    id: row.id,
    agencyId: row.agencyId,
    applicantUserId: row.userId,
    status: row.status,
    archived: row.archived,
    channel: row.channel,
    submittedOn: chinaDate(row.submittedAt),
    receivedOn: row.receivedOn,
    parentId: row.parentId,
    referredFromId: row.referredFromId,
    referredOn,
    hasSubApplications: facts.subApplicationCount > 0,
    requestItemCount: facts.requestItemCount,
    correction,
    explanationRequestedOn,
    laterReplyOn,
    extensions,
    consultations: [...consultations.values()],
    feeNotices: [...fees.values()],
    releaseWaits: [...waits.values()],
    draft,
    decision: (row.decision as DecisionCode | null) ?? null,
    finishedOn,
    deliveredOn,
    rated,
    catalogueDraftCreated,
    imported,
  };
}
