import { eq } from "drizzle-orm";
import { calendarYears } from "@/db/schema";
import { loadCalendarYears } from "@/db/queries/calendar";
import type { Queryable } from "@/db/types";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/roles";
import { createCalendarWithProvisional } from "@/lib/calendar/provisional";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import { forgetWorkingCalendar } from "@/lib/calendar/working-calendar";
import { recomputeOpenDeadlines } from "./deadlines-hook";
import { reportMovedDeadlines, type MovedDeadlinesReport } from "./moved-deadlines";
import { assertCalendarEditor } from "./host-agency";
import { chinaYear } from "./next-year";

/**
 * Remove a future year entered by mistake (e.g. from a draft notice). Deadlines reaching it go
 * back to 待定. A year already under way cannot be removed — correct it instead — because every
 * deadline counted in it would become unknown.
 */
export async function deleteCalendarYear(
  db: Queryable,
  actor: Actor,
  year: number,
  context: AuditContext = {},
  now = new Date(),
): Promise<MovedDeadlinesReport> {
  await assertCalendarEditor(db, actor);
  if (!Number.isInteger(year) || year <= chinaYear(now)) {
    throw new RuleViolationError(`${year}年已开始或已过去，其放假安排不能删除；如有错误，请修改该年的安排。`);
  }
  const result = await db.transaction(async (tx) => {
    const existing = await loadCalendarYears(tx);
    const before = existing.find((entry) => entry.year === year);
    if (!before) throw new NotFoundError(`未录入${year}年放假安排。`);
    await tx.delete(calendarYears).where(eq(calendarYears.year, year));
    await recordAudit(tx, { actor, action: "calendar.deleted", target: { type: "calendar_year", id: String(year) }, ip: context.ip, before });
    const calendar = createCalendarWithProvisional(existing.filter((entry) => entry.year !== year));
    return reportMovedDeadlines(tx, actor, year, await recomputeOpenDeadlines(tx, calendar), context);
  });
  forgetWorkingCalendar();
  return result;
}
