import type { Db } from "@/db/types";
import { aggregateYear } from "@/db/queries/annual-report";
import { receivedPerMonth, repliesOfYear } from "@/db/queries/statistics";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { summarizeStatistics, type Statistics } from "./summary";

/** Who sees an agency's statistics: its clerks, reviewers and admin (not the publisher, not applicants). */
export const STATISTICS_ROLES = ["clerk", "reviewer", "admin"] as const;

/** The statistics of the actor's own agency for a year, every figure aggregated in SQL. */
export async function loadStatistics(db: Db, actor: Actor | null, year: number): Promise<Statistics> {
  assertRole(actor, STATISTICS_ROLES);
  if (!actor.agencyId) throw new ForbiddenError("您的账号未关联机关，无法查看统计。");
  const agencyId = actor.agencyId;
  const [perMonth, { applications, fees }, replies, calendar] = await Promise.all([
    receivedPerMonth(db, agencyId, year),
    aggregateYear(db, agencyId, year),
    repliesOfYear(db, agencyId, year),
    getWorkingCalendar(db),
  ]);
  return summarizeStatistics({ year, perMonth, applications, replies, fees }, calendar);
}
