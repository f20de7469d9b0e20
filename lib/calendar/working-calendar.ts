import { loadCalendarYears } from "@/db/queries/calendar";
import type { Queryable } from "@/db/types";
import type { Calendar } from "@/lib/calendar";
import { createCalendarWithProvisional } from "@/lib/calendar/provisional";

/**
 * The working-day calendar built from the years the database holds (with the provisional estimate
 * of each missing year beside it, lib/calendar/provisional.ts). Building it precomputes
 * per-day tables, so it is cached; a short TTL lets every app server pick up an admin's edit,
 * and `forgetWorkingCalendar()` makes this server see it at once.
 */
const TTL_MS = 30_000;
let cache: { at: number; calendar: Calendar } | undefined;

export async function getWorkingCalendar(db: Queryable, now = Date.now()): Promise<Calendar> {
  if (cache && now - cache.at < TTL_MS) return cache.calendar;
  const calendar = createCalendarWithProvisional(await loadCalendarYears(db));
  cache = { at: now, calendar };
  return calendar;
}

export function forgetWorkingCalendar(): void {
  cache = undefined;
}
