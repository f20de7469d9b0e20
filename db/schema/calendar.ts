import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The official working-day calendar, one row per year (国务院办公厅 holiday arrangements).
 * A year without a row is unknown: deadlines reaching it are shown as 待定 (workflow.md §3).
 */
export const calendarYears = pgTable("calendar_years", {
  year: integer("year").primaryKey(),
  source: text("source").notNull().default(""),
  holidays: jsonb("holidays").$type<{ name: string; from: string; to: string }[]>().notNull(),
  /** 调休上班日: make-up working days, usually a Saturday or Sunday. */
  workdays: jsonb("workdays").$type<string[]>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type CalendarYearRow = typeof calendarYears.$inferSelect;
