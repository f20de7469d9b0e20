import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { LEDGER_PAYLOADS, type LedgerEventType, type LedgerPayload } from "./ledger";

/**
 * The ledger's payload fields as SQL, for the readers that filter or join on them in the database
 * (the inbox's correction deadline, the worker's open pauses, the annual report's fee sums). The key
 * is checked against the event type's payload schema in ledger.ts, so a renamed field stops these
 * queries compiling instead of silently reading null.
 */

/** The payload keys these event types share (keyof a union of payloads is their common keys). */
export type LedgerPayloadKey<T extends LedgerEventType> = keyof LedgerPayload<T> & string;

/** Where the payload is: a row alias of hand-written SQL ("r" → r.payload) or a drizzle payload column. */
export type LedgerPayloadSource = string | AnyColumn;

const KEY = /^[A-Za-z][A-Za-z0-9]*$/;
const ALIAS = /^[a-z_][a-z0-9_]*$/;

/**
 * `payload->>'key'` of a ledger row of type(s) `types` — the same SQL the readers wrote by hand, so
 * plans and results are unchanged. The type argument only types the key (it adds no filter: the
 * query states the row's type itself). Keys and aliases come from code; they are still checked,
 * because they are spliced into the SQL text.
 */
export function ledgerPayloadField<const T extends LedgerEventType>(types: T | readonly T[], key: LedgerPayloadKey<T>, from?: LedgerPayloadSource): SQL<string | null> {
  void types;
  if (!KEY.test(key)) throw new Error(`Unexpected ledger payload key: ${key}`);
  const field = sql.raw(`->>'${key}'`);
  if (from === undefined) return sql<string | null>`payload${field}`;
  if (typeof from === "string") {
    if (!ALIAS.test(from)) throw new Error(`Unexpected row alias: ${from}`);
    return sql<string | null>`${sql.raw(`${from}.payload`)}${field}`;
  }
  return sql<string | null>`${from}${field}`;
}

/**
 * The TypeScript value of a payload field read back from SQL (`payload->>'key'` is text), parsed by
 * the ledger's own schema of that type — with its leniency: a malformed value reads as absent.
 */
export function parseLedgerField<T extends LedgerEventType, K extends keyof LedgerPayload<T> & string>(type: T, key: K, value: unknown): LedgerPayload<T>[K] | undefined {
  const parsed = LEDGER_PAYLOADS[type].safeParse({ [key]: value });
  return parsed.success ? (parsed.data as LedgerPayload<T>)[key] : undefined;
}
