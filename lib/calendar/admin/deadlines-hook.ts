import { and, asc, eq, inArray, isNotNull, notInArray, sql } from "drizzle-orm";
import { agencies, applicationEvents, applications } from "@/db/schema";
import type { Tx } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { clockEventsFromLedger, typedLedger, type ClockLedgerRow } from "@/lib/applications/clock-events";
import { clockPolicyOf } from "@/lib/applications/clock-view";
import type { Calendar } from "@/lib/calendar";
import { ClockEventsError, computeClock } from "@/lib/clock";
import { logger } from "@/lib/log/logger";

/** An open case whose reply deadline moved because the calendar changed (workflow.md §3). */
export interface MovedDeadline {
  applicationId: string;
  agencyId: string;
  caseNumber: string;
  /** The cached deadline before and after; null = 待定 or not running. */
  from: string | null;
  to: string | null;
  /** `from` was the provisional date (预计, the year was not yet published) and the official one differs. */
  fromProvisional?: boolean;
}

const FINISHED = ["replied", "closed"] as const;
const BATCH = 500;

/**
 * workflow.md §3: "When an admin corrects the calendar, open deadlines are recomputed from the
 * recorded events, and staff see the list of open cases whose dates moved. Letters already issued
 * are never edited." For every received, unfinished application the clock is derived again from
 * its event ledger (lib/clock, the agency's policy) with the new calendar, and the cached
 * `replyDueOn` (and the provisional estimate beside it) is updated where it differs; a case whose
 * estimate the entered year replaced with another date is listed as moved from that estimate. Runs in the calendar edit's transaction. The cache is
 * not a change of the case, so `version` is left alone (a clerk's open form stays valid).
 */
export async function recomputeOpenDeadlines(tx: Tx, calendar: Calendar): Promise<MovedDeadline[]> {
  const open = await tx
    .select({
      id: applications.id,
      agencyId: applications.agencyId,
      caseNumber: applications.caseNumber,
      replyDueOn: applications.replyDueOn,
      provisionalReplyDueOn: applications.provisionalReplyDueOn,
    })
    .from(applications)
    // A split application replies through its sub-applications and has no due date of its own.
    .where(
      and(
        isNotNull(applications.receivedOn),
        notInArray(applications.status, [...FINISHED]),
        sql`not exists (select 1 from applications c where c.parent_id = ${applications.id})`,
      ),
    )
    .orderBy(asc(applications.agencyId), asc(applications.caseNumber));
  if (open.length === 0) return [];
  const policies = new Map(
    (await tx.select({ id: agencies.id, policy: agencies.policy }).from(agencies)).map((a) => [a.id, clockPolicyOf(readAgencyPolicy(a.policy))]),
  );

  const moved: MovedDeadline[] = [];
  for (let start = 0; start < open.length; start += BATCH) {
    const batch = open.slice(start, start + BATCH);
    const ledgers = new Map<string, ClockLedgerRow[]>();
    const rows = await tx
      .select({ applicationId: applicationEvents.applicationId, type: applicationEvents.type, occurredOn: applicationEvents.occurredOn, payload: applicationEvents.payload })
      .from(applicationEvents)
      .where(inArray(applicationEvents.applicationId, batch.map((a) => a.id)))
      .orderBy(asc(applicationEvents.seq));
    for (const row of rows) {
      const ledger = ledgers.get(row.applicationId) ?? [];
      ledger.push(...typedLedger([row]));
      ledgers.set(row.applicationId, ledger);
    }
    for (const application of batch) {
      let to: string | null;
      let provisional: string | null;
      try {
        const clock = computeClock(clockEventsFromLedger(ledgers.get(application.id) ?? []), calendar, policies.get(application.agencyId));
        to = clock.replyDueOn ?? null;
        provisional = clock.provisional?.replyDueOn ?? null;
      } catch (error) {
        if (!(error instanceof ClockEventsError)) throw error;
        // A ledger the clock cannot read is a data error for staff; it must not block the calendar.
        logger.error({ applicationId: application.id, error: error.message }, "clock not recomputed");
        continue;
      }
      if (to === application.replyDueOn && provisional === application.provisionalReplyDueOn) continue;
      await tx.update(applications).set({ replyDueOn: to, provisionalReplyDueOn: provisional }).where(eq(applications.id, application.id));
      if (to === application.replyDueOn) continue;
      // The estimate confirmed by the published year is no move; one it corrected is.
      const estimated = application.replyDueOn === null && application.provisionalReplyDueOn !== null;
      if (estimated && to === application.provisionalReplyDueOn) continue;
      moved.push({
        applicationId: application.id,
        agencyId: application.agencyId,
        caseNumber: application.caseNumber,
        from: estimated ? application.provisionalReplyDueOn : application.replyDueOn,
        to,
        ...(estimated && { fromProvisional: true }),
      });
    }
  }
  return moved;
}
