import type { Queryable } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit, type RecordedAudit } from "./record";

/**
 * Log a workflow action on an application (lib/workflow ActionCode, e.g. `approveExtension`) as
 * `application.<action>`. Call it in the action's transaction. The entry goes to the chain of the
 * agency that handles the application, also when the actor is the applicant.
 */
export async function recordApplicationAction(
  tx: Queryable,
  /** null: an applicant without an account (give applicantName) or the background worker (系统). */
  actor: Actor | null,
  entry: {
    /** The applicant's name when an applicant without an account acted. */
    applicantName?: string;
    agencyId: string;
    applicationId: string;
    action: string;
    fromStatus?: string;
    toStatus?: string;
    /** What the action decided (never ID numbers or other secrets). */
    details?: Record<string, unknown>;
    ip?: string | null;
  },
): Promise<RecordedAudit> {
  return recordAudit(tx, {
    actor,
    ...(actor ? {} : entry.applicantName ? { actorRole: "citizen" as const, actorName: entry.applicantName } : { actorName: "系统" }),
    action: `application.${entry.action}`,
    agencyId: entry.agencyId,
    target: { type: "application", id: entry.applicationId },
    ip: entry.ip ?? null,
    before: entry.fromStatus ? { status: entry.fromStatus } : undefined,
    after: entry.toStatus || entry.details ? { ...(entry.toStatus ? { status: entry.toStatus } : {}), ...entry.details } : undefined,
  });
}
