import type { ApplicationEventRow } from "@/db/schema";
import { OUTSIDE_STEP_PAYLOADS, type LedgerEvent, type LedgerEventType, type LedgerPayloadInput, type LedgerPayloads, type LedgerRow } from "./ledger-schema";
import { REGISTRATION_EVENTS } from "./steps/registration";
import { CORRECTION_EVENTS } from "./steps/correction";
import { SCOPE_EVENTS } from "./steps/scope";
import { CONSULTATION_EVENTS } from "./steps/consultation";
import { EXTENSION_EVENTS } from "./steps/extension";
import { FEE_EVENTS } from "./steps/fee";
import { REPLY_EVENTS } from "./steps/reply";
import { APPLICANT_EVENTS } from "./steps/applicant";
import { AFTER_REPLY_EVENTS } from "./steps/after-reply";
import { RECORD_EVENTS } from "./steps/records";
import { REFERRAL_EVENTS } from "./steps/referral";

/**
 * The ledger (application_events, workflow.md §4: the legal source of truth) as typed events: one
 * payload schema per event type. A case's rows are parsed once where the case is loaded, so the
 * snapshot, the clock mapping and the timeline read typed fields instead of re-parsing jsonb.
 * Parsing is lenient on purpose — a stored row always loads: a field that is missing or malformed
 * reads as absent (as the readers treated it before), and the stored row itself is never changed.
 * Writers append through the same schemas (`LedgerPayloadInput`), so a payload cannot be mistyped.
 */

/**
 * Each event type's payload, under the names lib/clock and the snapshot use (pauseId, correctionDueOn …):
 * the two rows no step records, and each phase's events beside its steps (steps/<phase>.ts).
 */
const TABLES = {
  ...OUTSIDE_STEP_PAYLOADS,
  ...REGISTRATION_EVENTS,
  ...CORRECTION_EVENTS,
  ...SCOPE_EVENTS,
  ...CONSULTATION_EVENTS,
  ...EXTENSION_EVENTS,
  ...FEE_EVENTS,
  ...REPLY_EVENTS,
  ...APPLICANT_EVENTS,
  ...AFTER_REPLY_EVENTS,
  ...REFERRAL_EVENTS,
  ...RECORD_EVENTS,
};
export const LEDGER_PAYLOADS: { [T in LedgerEventType]: LedgerPayloads[T] } = TABLES;

/**
 * The type and payload of a row a writer appends (spread into the insert): the payload is checked
 * against its type's shape, so a misnamed or mistyped field does not compile.
 */
export const ledgerEvent = <T extends LedgerEventType>(type: T, payload: LedgerPayloadInput<T>) => ({ type, payload });

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

/** Stored rows with their payloads parsed, in ledger order (a row of a type this code does not know is left out). */
export function ledgerRowsOf(rows: readonly ApplicationEventRow[]): LedgerRow[] {
  return rows.flatMap(({ type, payload, ...columns }) => {
    const event = parseLedgerEvent(type, payload);
    return event ? [{ ...columns, ...event }] : [];
  });
}

export { eventsOfType } from "./ledger-schema";
export type { LedgerEvent, LedgerEventInput, LedgerEventType, LedgerPayload, LedgerPayloadInput, LedgerRow, StepEventType } from "./ledger-schema";

// The runtime table and the registry the types read are the same tables: neither has an event the other lacks.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const registryMatches: Same<keyof typeof TABLES, LedgerEventType> = true;
void registryMatches;
