import { desc } from "drizzle-orm";
import { calendarYears } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import type { CalendarYear } from "@/lib/calendar";
import { canEditCalendar } from "./host-agency";

export interface CalendarYearsView {
  years: (CalendarYear & { updatedAt: Date })[];
  canEdit: boolean;
}

/** Every year the database holds, newest first, for /admin/calendar. */
export async function listCalendarYears(db: Queryable, actor: Actor): Promise<CalendarYearsView> {
  assertRole(actor, ["admin"]);
  const rows = await db.select().from(calendarYears).orderBy(desc(calendarYears.year));
  return {
    years: rows.map((row) => ({ year: row.year, source: row.source, holidays: row.holidays, workdays: row.workdays, updatedAt: row.updatedAt })),
    canEdit: await canEditCalendar(db, actor),
  };
}
