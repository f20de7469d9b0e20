import { isLocalDate } from "@/lib/calendar";
import { z } from "@/lib/validation/zod";

/**
 * Query parameters of the public calculators, shared by the JSON API and the calculator pages.
 * Every message names the parameter, since API callers see them too.
 */
const MAX_COUNT = 1_000_000;

const localDate = (name: string, label: string) =>
  z
    .string({ error: `缺少参数 ${name}（${label}），格式为 YYYY-MM-DD。` })
    .refine(isLocalDate, `参数 ${name}（${label}）必须是 YYYY-MM-DD 格式的有效日期，例如 2025-09-19。`);

const integer = (name: string, label: string, min: number, max: number) =>
  z
    .string({ error: `缺少参数 ${name}（${label}）。` })
    .trim()
    .refine((value) => /^-?\d+$/.test(value), `参数 ${name}（${label}）必须是整数。`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `参数 ${name}（${label}）必须在 ${min} 到 ${max.toLocaleString("en-US")} 之间。`);

/** provisional=1: answer for a year without a published 放假安排 from the 放假办法 alone (marked provisional). */
const provisionalFlag = z
  .enum(["0", "1"], "参数 provisional（按法定节日推算）只能是 0 或 1。")
  .optional()
  .transform((value) => value === "1");

export const addWorkingDaysQuery = z.object({
  from: localDate("from", "起算日期"),
  days: integer("days", "工作日数", 0, 1000),
  provisional: provisionalFlag,
});

export const isWorkingDayQuery = z.object({
  date: localDate("date", "日期"),
  provisional: provisionalFlag,
});

export const deadlineQuery = z.object({
  receivedOn: localDate("receivedOn", "收到申请之日"),
});

export const feeEstimateQuery = z.discriminatedUnion(
  "method",
  [
    z.object({
      method: z.literal("per-item"),
      priorItems: integer("priorItems", "本月此前已申请件数", 0, MAX_COUNT),
      items: integer("items", "本次申请件数", 1, MAX_COUNT),
    }),
    z.object({
      method: z.literal("per-page"),
      pages: integer("pages", "页数", 1, MAX_COUNT),
    }),
  ],
  { error: "参数 method（计费方式）必须是 per-item（按件计收）或 per-page（按量计收）。" },
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
