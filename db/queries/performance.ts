import { and, asc, eq, or, sql } from "drizzle-orm";
import { applicationEvents, applications } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { counted, yearBounds } from "./annual-report";

export interface PerformanceCaseRow {
  id: string;
  agencyId: string;
  receivedOn: string;
  finishedOn: string | null;
  status: (typeof applications.$inferSelect)["status"];
  reportRow: string | null;
}

export interface PerformanceLedgerRow {
  applicationId: string;
  type: string;
  occurredOn: string | null;
  payload: unknown;
}

/**
 * The applications behind an agency's (null: every agency's) public performance figures of a year:
 * those received in it or finished in it, as table 三 counts them (counted: received, not a split
 * parent) — and the ledgers of the replies of the year, in ledger order, for lib/clock to judge
 * each one (lib/annual-report/statistics/performance.ts). A year of a few thousand applications
 * is a few tens of thousands of ledger rows; the public page caches the result.
 */
export async function performanceCasesOfYear(
  db: Queryable,
  agencyId: string | null,
  year: number,
): Promise<{ cases: PerformanceCaseRow[]; ledgers: PerformanceLedgerRow[] }> {
  const { first, last } = yearBounds(year);
  const receivedInYear = sql`${applications.receivedOn} between ${first} and ${last}`;
  const finishedInYear = sql`${applications.finishedOn} between ${first} and ${last}`;
  const [cases, ledgers] = await Promise.all([
    db
      .select({
        id: applications.id,
        agencyId: applications.agencyId,
        receivedOn: sql<string>`${applications.receivedOn}::text`,
        finishedOn: sql<string | null>`${applications.finishedOn}::text`,
        status: applications.status,
        reportRow: applications.reportRow,
      })
      .from(applications)
      .where(and(counted(agencyId), or(receivedInYear, finishedInYear))),
    db
      .select({
        applicationId: applicationEvents.applicationId,
        type: applicationEvents.type,
        occurredOn: sql<string | null>`${applicationEvents.occurredOn}::text`,
        payload: applicationEvents.payload,
      })
      .from(applicationEvents)
      .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
      .where(and(counted(agencyId), eq(applications.status, "replied"), finishedInYear))
      .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.seq)),
  ]);
  return { cases, ledgers };
}
