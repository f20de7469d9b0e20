import type { ApplicationEventRow } from "@/db/schema";
import type { FeeQuote } from "@/lib/fees";
import type { FeeCount } from "@/lib/letters";
import { z } from "@/lib/validation/zod";
import type { DecisionDraft } from "@/lib/workflow/decision-draft";
import { DECISION_CODES } from "@/lib/workflow/decisions";
import { EVENT_TYPES } from "@/lib/workflow/events";

/**
 * The ledger (application_events, workflow.md §4: the legal source of truth) as typed events: one
 * payload schema per event type. A case's rows are parsed once where the case is loaded, so the
 * snapshot, the clock mapping and the timeline read typed fields instead of re-parsing jsonb.
 * Parsing is lenient on purpose — a stored row always loads: a field that is missing or malformed
 * reads as absent (as the readers treated it before), and the stored row itself is never changed.
 * Writers append through the same schemas (`LedgerPayloadInput`), so a payload cannot be mistyped.
 */

/** Whom a consultation asks (条例第三十二、三十三条). */
export const CONSULTEE_KINDS = ["thirdParty", "coMakingAgency", "otherAgency"] as const;

/** How a letter reached the applicant (送达). */
export const DELIVERY_METHODS = ["online", "email", "registered_mail", "in_person", "fax"] as const;

/** Text the readers treat as absent when empty. */
const text = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .catch(undefined);
/** The id of a pause record (consultation, fee notice, release wait): "" when missing. */
const pauseId = z.string().catch("");
const flag = z.boolean().optional().catch(undefined);
const amount = z.coerce.number<number>().catch(Number.NaN);
const opaque = <T>() => z.custom<T>((value) => typeof value === "object" && value !== null).optional().catch(undefined);
const none = z.object({});

const pause = z.object({ pauseId });

/** Each event type's payload, under the names lib/clock and the snapshot use (pauseId, correctionDueOn …). */
export const LEDGER_PAYLOADS = {
  submitted: z.object({ itemCount: amount.optional(), identityProofs: amount.optional(), viaApi: flag }),
  /** The register facts of an imported row (import-register.ts compares them as stored). */
  imported: z.record(z.string(), z.unknown()).catch({}),
  received: none,
  correctionRequested: z.object({ correctionDueOn: text, points: z.array(z.string()).optional().catch(undefined), guidance: text }),
  correctionAnswered: z.object({ note: text, itemsBefore: z.array(z.unknown()).optional().catch(undefined), itemsAfter: z.array(z.unknown()).optional().catch(undefined) }),
  correctionReceived: z.object({ lateAccepted: flag }),
  correctionDeadlinePassed: z.object({ correctionDueOn: text }),
  lateCorrectionAccepted: none,
  abandonmentConfirmed: none,
  applicationSplit: z.object({
    subApplications: z
      .array(z.object({ id: z.string(), caseNumber: z.string(), items: z.array(z.unknown()).optional() }))
      .optional()
      .catch(undefined),
    parentId: text,
    parentCaseNumber: text,
    items: z.array(z.string()).optional().catch(undefined),
  }),
  explanationRequested: z.object({ question: text, answerBy: text }),
  laterReplyDateSet: z.object({ replyDueOn: text }),
  consultationSent: z.object({ pauseId, consultee: z.enum(CONSULTEE_KINDS).optional().catch(undefined), consulteeName: text, information: text }),
  consultationDelivered: pause,
  consultationAnswered: z.object({ pauseId, objects: flag, summary: text }),
  consultationEnded: pause,
  thirdPartyNotified: z.object({ pauseId, information: text }),
  releaseWaitStarted: z.object({ pauseId, consultationId: text, releaseOn: text }),
  releaseWaitEnded: pause,
  extensionProposed: z.object({ workingDays: amount, reason: text }),
  extensionApproved: z.object({ workingDays: amount, reason: text }),
  extensionRefused: none,
  feeProposed: z.object({
    pauseId,
    method: z.enum(["perItem", "perPage"]).optional().catch(undefined),
    amountYuan: amount,
    quote: opaque<FeeQuote>(),
    count: opaque<FeeCount>(),
  }),
  feeNoticeIssued: pause,
  feeRefused: pause,
  feeNoticeReceived: z.object({ pauseId, reducedNotice: flag }),
  feeAccepted: pause,
  feeDeclined: z.object({ pauseId, feeNoticeNumber: text }),
  feePaid: z.object({ pauseId, receiptNumber: text, amountYuan: amount }),
  feeReduced: z.object({ pauseId, amountYuan: amount, previousAmountYuan: amount, replaces: text, awaitsDelivery: flag }),
  feeCancelled: pause,
  feeUnpaidClosed: z.object({ pauseId, payBy: text }),
  decisionDrafted: z.object({ draft: opaque<DecisionDraft>() }),
  draftSubmitted: none,
  replyApproved: z.object({ decision: z.enum(DECISION_CODES).optional().catch(undefined) }),
  draftReturned: z.object({ comment: text }),
  withdrawn: z.object({ way: text, recordedByStaff: flag }),
  delivered: z.object({ method: z.enum(DELIVERY_METHODS).optional().catch(undefined) }),
  archived: none,
  catalogueDraftCreated: z.object({ documentId: text, indexNumber: text }),
  reopenedForNewReply: z.object({ orderedBy: z.enum(["reconsideration", "court"]).optional().catch(undefined), orderReference: text, replyDueOn: text }),
  rated: z.object({ score: amount.optional(), comment: z.string().nullable().optional().catch(undefined) }),
  note: z.object({ text: text }),
  assigned: z.object({ assigneeId: text, assigneeName: text }),
} satisfies Record<(typeof EVENT_TYPES)[number] | "submitted" | "imported", z.ZodType>;

export type LedgerEventType = keyof typeof LEDGER_PAYLOADS;
export type LedgerPayload<T extends LedgerEventType> = z.output<(typeof LEDGER_PAYLOADS)[T]>;
/** What a writer hands for an event of this type. */
export type LedgerPayloadInput<T extends LedgerEventType> = z.input<(typeof LEDGER_PAYLOADS)[T]>;

/**
 * The type and payload of a row a writer appends (spread into the insert): the payload is checked
 * against its type's shape, so a misnamed or mistyped field does not compile.
 */
export const ledgerEvent = <T extends LedgerEventType>(type: T, payload: LedgerPayloadInput<T>) => ({ type, payload });

/** One typed ledger event: its type and its payload, discriminated by the type. */
export type LedgerEvent = { [T in LedgerEventType]: { type: T; payload: LedgerPayload<T> } }[LedgerEventType];

/** An event as a writer appends it: its type and a payload of that type's shape. */
export type LedgerEventInput = { [T in LedgerEventType]: { type: T; payload: LedgerPayloadInput<T> } }[LedgerEventType];

/** A stored ledger row with its payload parsed (the other columns as stored). */
export type LedgerRow = Omit<ApplicationEventRow, "type" | "payload"> & LedgerEvent;

export const isLedgerEventType = (type: string): type is LedgerEventType => Object.hasOwn(LEDGER_PAYLOADS, type);

/** Parse one stored payload by its type (never throws: see the leniency above). */
export function parseLedgerEvent(type: string, payload: unknown): LedgerEvent | null {
  if (!isLedgerEventType(type)) return null;
  const schema = LEDGER_PAYLOADS[type];
  const parsed = schema.safeParse(payload ?? {});
  // TypeScript cannot correlate `type` with its own schema's output across the union; the payload
  // was parsed by exactly that schema, so the pair is one member of LedgerEvent.
  return { type, payload: parsed.success ? parsed.data : schema.parse({}) } as LedgerEvent;
}

/** The events of one type, typed as such (e.g. every feeProposed with its quote). */
export function eventsOfType<T extends LedgerEventType, R extends LedgerEvent>(events: readonly R[], type: T): Extract<R, { type: T }>[] {
  return events.filter((e): e is Extract<R, { type: T }> => e.type === type);
}

/** Stored rows with their payloads parsed, in ledger order (a row of a type this code does not know is left out). */
export function ledgerRowsOf(rows: readonly ApplicationEventRow[]): LedgerRow[] {
  return rows.flatMap(({ type, payload, ...columns }) => {
    const event = parseLedgerEvent(type, payload);
    return event ? [{ ...columns, ...event }] : [];
  });
}
