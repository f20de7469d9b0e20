import type { Queryable } from "@/db/types";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/roles";
import type { MovedDeadline } from "./deadlines-hook";

export interface MovedDeadlinesReport {
  /** The editing admin's own agency's cases (case numbers of other agencies are theirs to see). */
  movedDeadlines: MovedDeadline[];
  /** How many cases of other agencies moved; each agency's list is in its own audit log. */
  movedElsewhere: number;
}

/**
 * workflow.md §3 "staff see the list of open cases whose dates moved": one audit entry per
 * affected agency, in that agency's chain, listing its cases with the old and new deadlines.
 */
export async function reportMovedDeadlines(
  tx: Queryable,
  actor: Actor,
  year: number,
  moved: MovedDeadline[],
  context: AuditContext,
): Promise<MovedDeadlinesReport> {
  const byAgency = new Map<string, MovedDeadline[]>();
  for (const entry of moved) byAgency.set(entry.agencyId, [...(byAgency.get(entry.agencyId) ?? []), entry]);
  for (const [agencyId, cases] of byAgency) {
    await recordAudit(tx, {
      actor,
      action: "deadlines.recomputed",
      agencyId,
      target: { type: "calendar_year", id: String(year) },
      ip: context.ip,
      after: {
        cases: cases.map(({ applicationId, caseNumber, from, to, fromProvisional }) => ({ applicationId, caseNumber, from, to, ...(fromProvisional && { fromProvisional }) })),
      },
    });
  }
  const own = moved.filter((entry) => entry.agencyId === actor.agencyId);
  return { movedDeadlines: own, movedElsewhere: moved.length - own.length };
}
