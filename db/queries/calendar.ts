import { asc } from "drizzle-orm";
import { calendarYears } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { CalendarYear } from "@/lib/calendar";

/** Every year of the working-day calendar the database holds. */
export async function loadCalendarYears(db: Queryable): Promise<CalendarYear[]> {
  const rows = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((row) => ({ year: row.year, source: row.source, holidays: row.holidays, workdays: row.workdays }));
}

/** Insert or replace years (the seed, and an admin publishing next year's arrangement). */
export async function upsertCalendarYears(db: Queryable, years: CalendarYear[]): Promise<void> {
  for (const year of years) {
    await db
      .insert(calendarYears)
      .values({ year: year.year, source: year.source ?? "", holidays: year.holidays, workdays: year.workdays })
      .onConflictDoUpdate({
        target: calendarYears.year,
        set: { source: year.source ?? "", holidays: year.holidays, workdays: year.workdays, updatedAt: new Date() },
      });
  }
}

/** Add years the database does not hold yet; never overwrites an admin's corrections (the seed). */
export async function insertMissingCalendarYears(db: Queryable, years: CalendarYear[]): Promise<void> {
  for (const year of years) {
    await db
      .insert(calendarYears)
      .values({ year: year.year, source: year.source ?? "", holidays: year.holidays, workdays: year.workdays })
      .onConflictDoNothing();
  }
}
