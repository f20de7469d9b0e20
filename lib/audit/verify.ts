import { and, asc, gt } from "drizzle-orm";
import { auditLog, type AuditLogRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { entryHash, GENESIS_HASH } from "./hash";
import { chainCondition } from "./record";

export type ChainVerification =
  | { ok: true; checked: number }
  /** `reason`: `hash` — the entry's content no longer matches its hash (edited);
   *  `link` — its prevHash is not the previous entry's hash (an entry removed, inserted or reordered). */
  | { ok: false; checked: number; brokenEntryId: number; reason: "hash" | "link" };

const BATCH = 1000;

/**
 * Walk one chain in id order, recomputing every hash. Reports the first broken entry. (Removing
 * the newest entries leaves a valid shorter chain: compare the count or last hash with a copy kept
 * elsewhere — e.g. the daily backup — to catch that.)
 */
export async function verifyAuditChain(db: Queryable, { agencyId = null }: { agencyId?: string | null } = {}): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows: AuditLogRow[] = await db
      .select()
      .from(auditLog)
      .where(and(chainCondition(agencyId), gt(auditLog.id, lastId)))
      .orderBy(asc(auditLog.id))
      .limit(BATCH);
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { ok: false, checked, brokenEntryId: row.id, reason: "link" };
      const { id: _id, hash, ...fields } = row;
      if (entryHash(fields) !== hash) return { ok: false, checked, brokenEntryId: row.id, reason: "hash" };
      prevHash = hash;
      checked++;
    }
    if (rows.length < BATCH) return { ok: true, checked };
    lastId = rows[rows.length - 1]!.id;
  }
}
