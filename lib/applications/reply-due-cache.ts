import { and, asc, eq, inArray, isNotNull, notInArray } from "drizzle-orm";
import { agencies, applicationEvents, applications } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import type { Calendar } from "@/lib/calendar";
import { ClockEventsError, computeClock } from "@/lib/clock";
import { clockEventsFromLedger, type LedgerRow } from "./clock-events";
import { clockPolicyOf } from "./clock-view";

export interface MovedReplyDue {
  applicationId: string;
  caseNumber: string;
  from: string | null;
  to: string | null;
}

/**
 * Recompute the cached `replyDueOn` of every open, received application from its ledger with
 * `calendar` (workflow.md §3: after a calendar correction open deadlines are recomputed from the
 * recorded events; letters already issued are never edited). Returns the ones that moved. Null
 * means not computable now: paused (计时中止) or in a year without a published calendar (待定).
 */
export async function recomputeReplyDueDates(tx: Queryable, calendar: Calendar, today: string): Promise<MovedReplyDue[]> {
  const open = await tx
    .select({ id: applications.id, caseNumber: applications.caseNumber, replyDueOn: applications.replyDueOn, policy: agencies.policy })
    .from(applications)
    .innerJoin(agencies, eq(agencies.id, applications.agencyId))
    .where(and(isNotNull(applications.receivedOn), notInArray(applications.status, ["replied", "closed"])));
  if (open.length === 0) return [];

  const rows = await tx
    .select({ applicationId: applicationEvents.applicationId, type: applicationEvents.type, occurredOn: applicationEvents.occurredOn, payload: applicationEvents.payload })
    .from(applicationEvents)
    .where(inArray(applicationEvents.applicationId, open.map((a) => a.id)))
    .orderBy(asc(applicationEvents.seq));
  const ledgers = new Map<string, LedgerRow[]>();
  for (const row of rows) ledgers.set(row.applicationId, [...(ledgers.get(row.applicationId) ?? []), row]);

  const moved: MovedReplyDue[] = [];
  for (const application of open) {
    let to: string | null;
    try {
      const state = computeClock(clockEventsFromLedger(ledgers.get(application.id) ?? []), calendar, clockPolicyOf(readAgencyPolicy(application.policy)), today);
      to = state.replyDueOn ?? null;
    } catch (error) {
      if (!(error instanceof ClockEventsError)) throw error;
      console.error(`clock of ${application.caseNumber}:`, error.message);
      continue; // an unreadable ledger keeps its cache; staff see the error on the case
    }
    if (to === application.replyDueOn) continue;
    await tx.update(applications).set({ replyDueOn: to }).where(eq(applications.id, application.id));
    moved.push({ applicationId: application.id, caseNumber: application.caseNumber, from: application.replyDueOn, to });
  }
  return moved;
}
