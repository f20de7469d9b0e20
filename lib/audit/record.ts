import { desc, eq, isNull, sql } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { Actor, Role } from "@/lib/auth/roles";
import { AUDIT_ACTION_PATTERN } from "./actions";
import { entryHash, GENESIS_HASH, toStoredJson, type HashedFields } from "./hash";

/** Where a request came from; adapters build it (lib/auth/client-ip). */
export interface AuditContext {
  ip?: string | null;
}

export interface AuditEntryInput {
  /** Who acted; null only when nobody is known (a failed login of an unknown account). */
  actor: Actor | null;
  /** Overrides the actor's role/name when there is no Actor (a failed login of a known account). */
  actorUserId?: string | null;
  actorRole?: Role | null;
  actorName?: string;
  action: string;
  /** Whose chain; defaults to the actor's agency. Null = the platform chain. */
  agencyId?: string | null;
  target?: { type: string; id: string };
  ip?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface RecordedAudit {
  id: number;
  hash: string;
}

/**
 * Append one entry. Call it with the use case's transaction handle so the entry commits (or rolls
 * back) with the change it records. Race-free with several app servers: a transaction-level
 * advisory lock per chain serialises appends, so two writers never link to the same predecessor
 * (the lock is held until the outer transaction ends). Given the root handle, it opens its own
 * transaction.
 */
export async function recordAudit(db: Queryable, entry: AuditEntryInput): Promise<RecordedAudit> {
  if (!AUDIT_ACTION_PATTERN.test(entry.action)) throw new Error(`invalid audit action code: ${entry.action}`);
  const agencyId = entry.agencyId !== undefined ? entry.agencyId : (entry.actor?.agencyId ?? null);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${chainLockKey(agencyId)}, 0))`);
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(chainCondition(agencyId))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const fields: HashedFields = {
      at: new Date(),
      actorUserId: entry.actor?.userId ?? entry.actorUserId ?? null,
      actorRole: entry.actor?.role ?? entry.actorRole ?? null,
      actorName: entry.actor?.name ?? entry.actorName ?? "",
      agencyId,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      ip: entry.ip ?? null,
      before: toStoredJson(entry.before),
      after: toStoredJson(entry.after),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const hash = entryHash(fields);
    const [row] = await tx
      .insert(auditLog)
      .values({ ...fields, actorRole: fields.actorRole as Role | null, hash })
      .returning({ id: auditLog.id });
    return { id: row!.id, hash };
  });
}

function chainLockKey(agencyId: string | null): string {
  return `audit_log:${agencyId ?? "platform"}`;
}

/** The condition selecting one chain's entries. */
export function chainCondition(agencyId: string | null) {
  return agencyId ? eq(auditLog.agencyId, agencyId) : isNull(auditLog.agencyId);
}
