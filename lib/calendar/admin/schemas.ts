import { isLocalDate } from "@/lib/calendar";
import { z } from "@/lib/validation/zod";
import { singleLineText } from "@/lib/validation/text";

/** Shared by the /admin/calendar form (react-hook-form) and saveCalendarYear. */

const date = singleLineText({ error: "请选择日期。" }).refine(isLocalDate, "请输入有效日期，格式为 YYYY-MM-DD。");

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

export const calendarYearFormSchema = z.object({
  year: z
    .number({ error: "请输入四位数年份，例如 2027。" })
    .int("年份应为整数。")
    .min(MIN_CALENDAR_YEAR, `年份不能早于 ${MIN_CALENDAR_YEAR} 年。`)
    .max(MAX_CALENDAR_YEAR, `年份不能晚于 ${MAX_CALENDAR_YEAR} 年。`),
  source: singleLineText().trim().max(200, "来源不能超过 200 个字符。"),
  holidays: z
    .array(
      z.object({
        name: singleLineText().trim().min(1, "请填写节假日名称，例如 春节。").max(20, "节假日名称不能超过 20 个字符。"),
        from: date,
        to: date,
      }),
    )
    .min(1, "请至少填写一个节假日（国务院办公厅通知中的放假安排）。")
    .max(20, "节假日不能超过 20 个。"),
  /** 调休上班日; objects so the form can add and remove rows. */
  workdays: z.array(z.object({ date })).max(20, "调休上班日不能超过 20 个。"),
});
export type CalendarYearFormInput = z.infer<typeof calendarYearFormSchema>;
