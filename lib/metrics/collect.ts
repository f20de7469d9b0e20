import { count, eq } from "drizzle-orm";
import { agencies, applications, outbox } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { overdueSql } from "@/lib/applications/workbench/inbox";
import { chinaDate } from "@/lib/validation/china-date";
import { metrics } from "./registry";

/**
 * Read the gauges that live in the database (the same for every server: any one of them may be
 * scraped) and return the whole exposition text. Counters and histograms are this process's own.
 */
export async function collectMetrics(db: Queryable, now = new Date()): Promise<{ contentType: string; body: string }> {
  const m = metrics();
  const backlog = await db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status);
  m.outboxBacklog.reset();
  for (const status of ["pending", "failed"]) m.outboxBacklog.set({ status }, Number(backlog.find((row) => row.status === status)?.n ?? 0));

  const overdue = await db
    .select({ agency: agencies.code, n: count(applications.id) })
    .from(agencies)
    .innerJoin(applications, eq(applications.agencyId, agencies.id))
    .where(overdueSql(chinaDate(now)))
    .groupBy(agencies.code);
  const allAgencies = await db.select({ code: agencies.code }).from(agencies);
  m.overdueApplications.reset();
  // Every agency gets a series, 0 included, so an alert on "> 0" sees it go back down.
  for (const { code } of allAgencies) m.overdueApplications.set({ agency: code }, Number(overdue.find((row) => row.agency === code)?.n ?? 0));

  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}
