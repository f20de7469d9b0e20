import { and, asc, count, eq, gte, inArray, isNotNull, lt, lte, sql } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { LocalDate } from "@/lib/calendar";
import { ledgerPayloadField } from "@/lib/applications/case/ledger-sql";
import { APPLICATION_STATUSES, isFinished } from "@/lib/workflow/status";

const OPEN_STATUSES = APPLICATION_STATUSES.filter((s) => !isFinished(s));

export interface AgencyQueue {
  agencyId: string;
  open: number;
  dueSoon: number;
  overdue: number;
  unansweredFeeNotices: number;
}

/** Per agency: open applications, those due by `soon`, those past their due date, and fee notices the applicant has not answered. */
export async function queuesByAgency(db: Queryable, today: LocalDate, soon: LocalDate): Promise<AgencyQueue[]> {
  const open = and(inArray(applications.status, OPEN_STATUSES), eq(applications.archived, false));
  const counted = (where: ReturnType<typeof and>) =>
    db.select({ agencyId: applications.agencyId, n: count() }).from(applications).where(where).groupBy(applications.agencyId);
  // A 收费通知 issued whose pause nothing has ended (paid, cancelled, declined, closed as unpaid) and the applicant has not accepted.
  const issued = sql`exists (select 1 from application_events i where i.application_id = ${applications.id} and i.type = 'feeNoticeIssued'
    and not exists (select 1 from application_events e where e.application_id = ${applications.id}
      and e.type in ('feePaid', 'feeCancelled', 'feeDeclined', 'feeUnpaidClosed', 'feeAccepted')
      and ${ledgerPayloadField(["feePaid", "feeCancelled", "feeDeclined", "feeUnpaidClosed", "feeAccepted"], "pauseId", "e")} = ${ledgerPayloadField("feeNoticeIssued", "pauseId", "i")}))`;
  const [all, dueSoon, overdue, fees] = await Promise.all([
    counted(open),
    counted(and(open, isNotNull(applications.replyDueOn), gte(applications.replyDueOn, today), lte(applications.replyDueOn, soon))),
    counted(and(open, isNotNull(applications.replyDueOn), lt(applications.replyDueOn, today))),
    counted(and(open, issued)),
  ]);
  const ids = new Set([...all, ...dueSoon, ...overdue, ...fees].map((r) => r.agencyId));
  const of = (rows: { agencyId: string; n: number }[], id: string) => Number(rows.find((r) => r.agencyId === id)?.n ?? 0);
  return [...ids].map((agencyId) => ({ agencyId, open: of(all, agencyId), dueSoon: of(dueSoon, agencyId), overdue: of(overdue, agencyId), unansweredFeeNotices: of(fees, agencyId) }));
}

/** The overdue applications of an agency, oldest due date first: case number, status and due date only (no applicant data). */
export async function overdueApplications(db: Queryable, agencyId: string, today: LocalDate, limit = 20) {
  return db
    .select({ id: applications.id, caseNumber: applications.caseNumber, status: applications.status, replyDueOn: applications.replyDueOn })
    .from(applications)
    .where(and(eq(applications.agencyId, agencyId), inArray(applications.status, OPEN_STATUSES), eq(applications.archived, false), lt(applications.replyDueOn, today)))
    .orderBy(asc(applications.replyDueOn), asc(applications.caseNumber))
    .limit(limit);
}

