/** Today's calendar day in China (Asia/Shanghai, no daylight saving), as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDate(now);
}

/** The Asia/Shanghai calendar day of an instant, as YYYY-MM-DD (works the same in Node and browsers). */
export function chinaDate(instant: Date): string {
  // UTC+8 all year round: shifting by 8 hours and reading the UTC date needs no Intl time-zone data.
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** An instant as staff and applicants read it everywhere: `2026-12-03 04:58` (Asia/Shanghai). */
export function chinaDateTime(instant: Date | string): string {
  const at = typeof instant === "string" ? new Date(instant) : instant;
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
