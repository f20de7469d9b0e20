import { z } from "zod";
import type { CalendarYear } from "./calendar-data";
import { CalendarDataError } from "./errors";
import { isLocalDate } from "./local-date";

const localDate = z.string().refine(isLocalDate, { error: "应为有效日期（YYYY-MM-DD）" });

/** The shape of holidays-cn.json: `{ about?, years: { "2025": { source?, holidays, workdays } } }`. */
const holidaysFileSchema = z.object({
  about: z.string().optional(),
  years: z.record(
    z.string().regex(/^\d{4}$/, { error: "年份应为四位数字" }),
    z.object({
      source: z.string().optional(),
      holidays: z.array(z.object({ name: z.string().min(1, { error: "节假日名称不能为空" }), from: localDate, to: localDate })),
      workdays: z.array(localDate),
    }),
  ),
});

/**
 * Parses the holidays-cn.json shape into CalendarYear rows (the shape only;
 * createCalendar checks that the arrangement is consistent).
 */
export function calendarYearsFromJson(json: unknown): CalendarYear[] {
  // Chinese messages for this parse only: admins read them, and the global zod config is not ours to change.
  const parsed = holidaysFileSchema.safeParse(json, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      // A bad record key reports its real reason one level down.
      const message = issue.code === "invalid_key" ? issue.issues.map((inner) => inner.message).join("，") : issue.message;
      return `${issue.path.join(".") || "（根）"}：${message}`;
    });
    throw new CalendarDataError(details.join("；"));
  }
  return Object.entries(parsed.data.years).map(([year, entry]) => ({
    year: Number(year),
    ...(entry.source === undefined ? {} : { source: entry.source }),
    holidays: entry.holidays,
    workdays: entry.workdays,
  }));
}
