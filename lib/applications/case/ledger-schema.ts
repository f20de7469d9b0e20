import type { ApplicationEventRow } from "@/db/schema";
import { z } from "@/lib/validation/zod";

/**
 * The typed ledger's vocabulary (application_events, workflow.md §4): the pieces every payload
 * schema is made of, the registry of payload schemas by event type, and the event types derived
 * from it. Each phase file (steps/<phase>.ts) declares its steps' payloads beside them and adds
 * them to the registry by declaration merging, so the types need no import of the phases (the
 * runtime table that parses rows, case/ledger.ts, gathers the same tables). Lenient on purpose: a
 * field that is missing or malformed reads as absent, so a stored row always loads.
 */

/** Whom a consultation asks (条例第三十二、三十三条). */
export const CONSULTEE_KINDS = ["thirdParty", "coMakingAgency", "otherAgency"] as const;

/** How a letter reached the applicant (送达). */
export const DELIVERY_METHODS = ["online", "email", "registered_mail", "in_person", "fax"] as const;

/** Text the readers treat as absent when empty. */
export const text = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .catch(undefined);
/** The id of a pause record (consultation, fee notice, release wait): "" when missing. */
export const pauseId = z.string().catch("");
export const flag = z.boolean().optional().catch(undefined);
export const amount = z.coerce.number<number>().catch(Number.NaN);
export const opaque = <T>() => z.custom<T>((value) => typeof value === "object" && value !== null).optional().catch(undefined);
export const none = z.object({});

export const pause = z.object({ pauseId });

/** The events of one type, typed as such (e.g. every feeProposed with its quote). */
export function eventsOfType<R extends { type: string }, T extends R["type"]>(events: readonly R[], type: T): Extract<R, { type: T }>[] {
  return events.filter((e): e is Extract<R, { type: T }> => e.type === type);
}

/** The rows no step records: the applicant's online submission and a register import. */
export const OUTSIDE_STEP_PAYLOADS = {
  submitted: z.object({
    itemCount: amount.optional(),
    identityProofs: amount.optional(),
    viaApi: flag,
    /** Forwarded by the applicant from another agency's application (条例第三十六条第五项). */
    referredFromCaseNumber: text,
    referredFromAgency: text,
  }),
  /** The register facts of an imported row (import-register.ts compares them as stored). */
  imported: z.record(z.string(), z.unknown()).catch({}),
};
type OutsideStepPayloads = typeof OUTSIDE_STEP_PAYLOADS;

/**
 * Each event type's payload schema. Every phase file merges its `<PHASE>_EVENTS` table in
 * (`declare module "../ledger-schema"`); case/ledger.ts checks the runtime table against it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry is filled by declaration merging
export interface LedgerPayloads extends OutsideStepPayloads {}

export type LedgerEventType = keyof LedgerPayloads;
/** The events steps record (all but the online submission and a register import). */
export type StepEventType = Exclude<LedgerEventType, keyof OutsideStepPayloads>;
export type LedgerPayload<T extends LedgerEventType> = z.output<LedgerPayloads[T]>;
/** What a writer hands for an event of this type. */
export type LedgerPayloadInput<T extends LedgerEventType> = z.input<LedgerPayloads[T]>;

/** One typed ledger event: its type and its payload, discriminated by the type. */
export type LedgerEvent = { [T in LedgerEventType]: { type: T; payload: LedgerPayload<T> } }[LedgerEventType];

/** An event as a writer appends it: its type and a payload of that type's shape. */
export type LedgerEventInput = { [T in LedgerEventType]: { type: T; payload: LedgerPayloadInput<T> } }[LedgerEventType];

/** A stored ledger row with its payload parsed (the other columns as stored). */
export type LedgerRow = Omit<ApplicationEventRow, "type" | "payload"> & LedgerEvent;
