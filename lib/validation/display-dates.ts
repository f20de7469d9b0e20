import { formatChineseDate } from "@/lib/letters/format";
import { chinaDate } from "./china-date";

/**
 * One date format per kind of page, in Beijing time: tables and lists print 2026-12-03 (sortable,
 * narrow), letters and vouchers print 2026年12月3日 as official documents do (GB/T 9704).
 */
const instant = (value: string | Date) => (typeof value === "string" ? new Date(value) : value);

/** 2026-12-03 */
export function tableDate(value: string | Date): string {
  return chinaDate(instant(value));
}

/** 2026-12-03 14:05 */
export function tableDateTime(value: string | Date): string {
  const shifted = new Date(instant(value).getTime() + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

/** 2026年12月3日 14:05 */
export function letterDateTime(value: string | Date): string {
  const table = tableDateTime(value);
  return `${formatChineseDate(table.slice(0, 10))} ${table.slice(11)}`;
}
