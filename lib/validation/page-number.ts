import { z } from "./zod";

/** The deepest page any list offers; beyond it, narrow the filter instead (keeps OFFSET bounded). */
export const MAX_PAGE_NUMBER = 10_000;

/**
 * A page number from a query string, shared by every paged list (pages and the JSON API). Anything
 * that is not a whole number from 1 to `max` — absent, 0, -1, 1e300, 2^64, "abc", a repeated
 * parameter — reads as page 1, as a mature portal does, rather than failing the request.
 */
export function pageNumberSchema(max: number = MAX_PAGE_NUMBER) {
  return z.coerce.number().int().min(1).max(max).catch(1).default(1);
}

/** The same rule for a page's raw `searchParams` value. */
export function pageNumber(value: unknown, max: number = MAX_PAGE_NUMBER): number {
  return pageNumberSchema(max).parse(Array.isArray(value) ? value[0] : value);
}
