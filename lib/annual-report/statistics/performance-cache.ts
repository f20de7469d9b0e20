/** Cache tag of the public performance figures (app/_statistics/data.ts). */
export const PERFORMANCE_TAG = "performance";
/**
 * How long a computed year is served before it is computed again. The figures move only when a
 * reply or closing is recorded, and each computation replays every reply's ledger through lib/clock:
 * an hour is current enough for a yearly statistic (the page says as of when).
 */
export const PERFORMANCE_REVALIDATE_SECONDS = 3600;
