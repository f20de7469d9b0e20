import type { Queryable } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit, type RecordedAudit } from "./record";

/**
 * Log that a staff member saw a full ID number (architecture: "every reveal is logged").
 * Call it in the same transaction that reads the decrypted value. Never pass the value itself.
 */
export async function recordPiiReveal(
  tx: Queryable,
  actor: Actor,
  reveal: { targetType: string; targetId: string; field: string; reason?: string; ip?: string | null },
): Promise<RecordedAudit> {
  return recordAudit(tx, {
    actor,
    action: "pii.revealed",
    target: { type: reveal.targetType, id: reveal.targetId },
    ip: reveal.ip ?? null,
    after: { field: reveal.field, ...(reveal.reason ? { reason: reveal.reason } : {}) },
  });
}
