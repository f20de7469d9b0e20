import { isLocalDate } from "@/lib/calendar";
import { z } from "@/lib/validation/zod";

/**
 * Query parameters of the public calculators, shared by the JSON API and the calculator pages.
 * Messages speak of the field by its Chinese name only (the page shows them beside the field); the
 * JSON API reports the parameter itself in each error's `path`.
 */
const MAX_COUNT = 1_000_000;

/** The earliest date the calculators take: the holiday calendar and the 条例 (2008) start after it. */
export const EARLIEST_DATE = "2000-01-01";

/** Full-width digits and dashes typed with a Chinese input method read as their ASCII forms. */
export function halfWidth(value: string): string {
  return value
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uff0d\u2010-\u2015\u2212]/g, "-")
    .trim();
}

/** A filled-in text parameter: absent or blank says 请填写, anything else is normalised to half width. */
const filled = (label: string) =>
  z
    .string({ error: `请填写${label}。` })
    .transform(halfWidth)
    .refine((value) => value !== "", { message: `请填写${label}。`, abort: true });

const localDate = (label: string) =>
  filled(label)
    .refine(isLocalDate, { message: `${label}必须是有效日期，格式为 YYYY-MM-DD，例如 2025-09-19。`, abort: true })
    .refine((value) => value >= EARLIEST_DATE, `${label}不能早于 2000 年 1 月 1 日，请检查年份是否填错。`);

const integer = (label: string, min: number, max: number) =>
  filled(label)
    .refine((value) => /^-?\d+$/.test(value), { message: `${label}必须是整数。`, abort: true })
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${label}必须在 ${min} 到 ${max.toLocaleString("en-US")} 之间。`);

/** provisional=1: answer for a year without a published 放假安排 from the 放假办法 alone (marked provisional). */
const provisionalFlag = z
  .enum(["0", "1"], "「按法定节日推算」只能是 0 或 1。")
  .optional()
  .transform((value) => value === "1");

export const addWorkingDaysQuery = z.object({
  from: localDate("起算日期"),
  days: integer("工作日数", 0, 1000),
  provisional: provisionalFlag,
});

export const isWorkingDayQuery = z.object({
  date: localDate("日期"),
  provisional: provisionalFlag,
});

export const deadlineQuery = z.object({
  receivedOn: localDate("收到申请之日"),
});

export const feeEstimateQuery = z.discriminatedUnion(
  "method",
  [
    z.object({
      method: z.literal("per-item"),
      priorItems: integer("本月此前已申请件数", 0, MAX_COUNT),
      items: integer("本次申请件数", 1, MAX_COUNT),
    }),
    z.object({
      method: z.literal("per-page"),
      pages: integer("页数", 1, MAX_COUNT),
    }),
  ],
  { error: "请选择计费方式：按件计收（per-item）或按量计收（per-page）。" },
);
export type FeeEstimateQuery = z.infer<typeof feeEstimateQuery>;

/** URLSearchParams → plain object (first value of each key) for the schemas above. */
export function queryObject(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  const result: Record<string, string> = {};
  for (const [key, value] of entries) if (value !== undefined && !(key in result)) result[key] = value;
  return result;
}
