import { asc } from "drizzle-orm";
import { agencies } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";

/** The platform's host agency: the first registered (as lib/agencies/site.ts shows in the banner). */
export async function hostAgencyId(db: Queryable): Promise<string | undefined> {
  const [row] = await db.select({ id: agencies.id }).from(agencies).orderBy(asc(agencies.createdAt), asc(agencies.name)).limit(1);
  return row?.id;
}

/**
 * The working-day calendar is one table for every agency on the platform, so only the host
 * agency's admins edit it; other agencies' admins see it read-only.
 */
export async function canEditCalendar(db: Queryable, actor: Actor): Promise<boolean> {
  if (actor.role !== "admin" || !actor.agencyId) return false;
  return actor.agencyId === (await hostAgencyId(db));
}

export async function assertCalendarEditor(db: Queryable, actor: Actor): Promise<void> {
  assertRole(actor, ["admin"]);
  if (!(await canEditCalendar(db, actor))) {
    throw new ForbiddenError("工作日历由平台主办机关的系统管理员统一维护；如需更正，请联系主办机关。");
  }
}
