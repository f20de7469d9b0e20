import { ValidationError } from "@/lib/errors";
import { fieldErrors, z } from "@/lib/validation/zod";
import { chinaToday } from "@/lib/validation/china-date";

/** The year shown when none is asked for: the last full year (the year the latest annual reports cover). */
export function defaultPerformanceYear(today: string = chinaToday()): number {
  return Number(today.slice(0, 4)) - 1;
}

/**
 * ?agency=&year= of the public performance page and of GET /api/v1/statistics/performance (one
 * schema for both): agency is the 统一社会信用代码 or the short name, absent for the whole district;
 * year from 2008 (条例 in force) to the current year.
 */
export function performanceQuerySchema(today: string = chinaToday()) {
  const currentYear = Number(today.slice(0, 4));
  return z.object({
    agency: z.string().trim().max(64, "机关代码过长。").optional().transform((value) => (value ? value : null)),
    year: z
      .string()
      .regex(/^\d{4}$/, "年度应为四位年份，例如 2024。")
      .transform(Number)
      .refine((year) => year >= 2008 && year <= currentYear, `年度应为2008年至${currentYear}年之间的年份。`)
      .optional()
      .transform((year) => year ?? defaultPerformanceYear(today)),
  });
}

export type PerformanceQuery = z.output<ReturnType<typeof performanceQuerySchema>>;

/** The query of an API request, or a ValidationError (400) with the Chinese message naming the parameter. */
export function readPerformanceQuery(params: URLSearchParams): PerformanceQuery {
  const parsed = performanceQuerySchema().safeParse({ agency: params.get("agency") ?? undefined, year: params.get("year") ?? undefined });
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data;
}
