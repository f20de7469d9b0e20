import { and, sql } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { ReplyGroup } from "@/lib/annual-report/statistics/summary";
import { counted, yearBounds } from "./annual-report";

/** Applications received in each month of the year (1–12; months without any are left out). */
export async function receivedPerMonth(db: Queryable, agencyId: string, year: number): Promise<{ month: number; count: number }[]> {
  const { first, last } = yearBounds(year);
  const month = sql<number>`extract(month from ${applications.receivedOn})::int`;
  const rows = await db
    .select({ month, count: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(counted(agencyId), sql`${applications.receivedOn} between ${first} and ${last}`))
    .groupBy(month)
    .orderBy(month);
  return rows.map((r) => ({ month: Number(r.month), count: Number(r.count) }));
}

/**
 * Replies (decisions by reply letter, not closings: abandoned and withdrawn applications have no
 * reply to be late) issued in the year, grouped by the day the reply period started, the reply
 * day and whether it was on time — by the cached replyDueOn, which lib/clock computes net of the
 * legal pauses (workflow.md §4). A year has at most a few thousand such groups, whatever its size;
 * working days are counted from them with the calendar (lib/annual-report/statistics/summary.ts). An unknown
 * deadline (a calendar year not published) is neither on time nor late (onTime null).
 */
export async function repliesOfYear(db: Queryable, agencyId: string, year: number): Promise<ReplyGroup[]> {
  const { first, last } = yearBounds(year);
  const start = sql<string>`coalesce(${applications.clockStartOn}, ${applications.receivedOn})::text`;
  const finished = sql<string>`${applications.finishedOn}::text`;
  const onTime = sql<boolean | null>`case when ${applications.replyDueOn} is null then null else ${applications.finishedOn} <= ${applications.replyDueOn} end`;
  const rows = await db
    .select({ clockStartOn: start, finishedOn: finished, onTime, count: sql<number>`count(*)::int` })
    .from(applications)
    .where(
      and(
        counted(agencyId),
        sql`${applications.status} = 'replied'`,
        sql`${applications.finishedOn} between ${first} and ${last}`,
      ),
    )
    .groupBy(sql`1`, sql`2`, sql`3`);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
