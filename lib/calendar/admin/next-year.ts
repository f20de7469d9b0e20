import { eq } from "drizzle-orm";
import { calendarYears } from "@/db/schema";
import type { Queryable } from "@/db/types";

/** The current year in China (UTC+8 all year). */
export function chinaYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

/**
 * The State Council usually publishes next year's 放假安排 in November; until an admin enters it,
 * deadlines reaching next year show as 待定 (workflow.md §3). Returns that year while it is missing.
 */
export async function missingNextCalendarYear(db: Queryable, now = new Date()): Promise<number | undefined> {
  const next = chinaYear(now) + 1;
  const [row] = await db.select({ year: calendarYears.year }).from(calendarYears).where(eq(calendarYears.year, next)).limit(1);
  return row ? undefined : next;
}
