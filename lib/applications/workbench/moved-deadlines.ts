import { and, desc, eq, gte } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { chinaDate } from "@/lib/validation/china-date";
import { WORKBENCH_ROLES } from "./inbox";

/** One open case whose cached due date a calendar correction moved (null = 待定 or paused). */
export interface MovedDeadlineRow {
  applicationId: string;
  caseNumber: string;
  from: string | null;
  to: string | null;
  /** `from` was the provisional estimate (预计) made before the year was published. */
  fromProvisional?: boolean;
  /** The day the calendar was corrected. */
  movedOn: string;
  calendarYear: string | null;
}

/** How long a move stays on the clerks' list. */
export const MOVED_DEADLINES_DAYS = 30;

/**
 * workflow.md §3: "staff see the list of open cases whose dates moved". The calendar edit
 * recomputes the open deadlines and records, in each agency's audit chain, the cases whose
 * `replyDueOn` changed (lib/calendar/admin). This reads the actor's own agency's entries of the
 * last 30 days, newest first: the list clerks check against their diaries and letters.
 */
export async function listMovedDeadlines(db: Queryable, actor: Actor, now = new Date()): Promise<MovedDeadlineRow[]> {
  assertRole(actor, WORKBENCH_ROLES);
  if (!actor.agencyId) return [];
  const since = new Date(now.getTime() - MOVED_DEADLINES_DAYS * 24 * 3600 * 1000);
  const entries = await db
    .select({ at: auditLog.at, after: auditLog.after, targetId: auditLog.targetId })
    .from(auditLog)
    .where(and(eq(auditLog.agencyId, actor.agencyId), eq(auditLog.action, "deadlines.recomputed"), gte(auditLog.at, since)))
    .orderBy(desc(auditLog.id))
    .limit(20);
  return entries.flatMap((entry) => {
    const cases = ((entry.after as { cases?: unknown } | null)?.cases ?? []) as Omit<MovedDeadlineRow, "movedOn" | "calendarYear">[];
    return cases.map((c) => ({ ...c, movedOn: chinaDate(new Date(entry.at)), calendarYear: entry.targetId }));
  });
}
