import type { z } from "zod";
import { RuleViolationError, ValidationError } from "@/lib/errors";
import { CalendarUnknownError } from "@/lib/calendar";
import { fieldErrors } from "@/lib/validation/zod";
import { queryObject } from "@/lib/calculators/schemas";

/** Parse a request's query string with a shared schema; a bad parameter is a 400 naming it. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const parsed = schema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data;
}

/** A computation that reached a year without calendar data: 422 naming the year (workflow.md §3). */
export function withKnownCalendar<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarUnknownError) {
      throw new RuleViolationError(`${error.year}年放假安排尚未公布，无法计算涉及该年的工作日；待国务院办公厅公布后再试。`);
    }
    throw error;
  }
}
