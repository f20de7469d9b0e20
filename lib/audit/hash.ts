import { createHash } from "node:crypto";

/** The prevHash of a chain's first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** What the hash covers: every column of an entry except its id and its own hash. */
export interface HashedFields {
  at: Date;
  actorUserId: string | null;
  actorRole: string | null;
  actorName: string;
  agencyId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

/**
 * JSON with object keys sorted at every level, so the same entry hashes the same whether it was
 * built in memory or read back from a jsonb column (which reorders keys).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner !== undefined) sorted[key] = sortKeys(inner);
  }
  return sorted;
}

/** A JSON value as a jsonb column will give it back (Dates become strings, undefined keys vanish). */
export function toStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

export function entryHash(fields: HashedFields): string {
  const payload = canonicalJson({ ...fields, at: fields.at.toISOString(), before: fields.before ?? null, after: fields.after ?? null });
  return createHash("sha256").update(payload).digest("hex");
}
