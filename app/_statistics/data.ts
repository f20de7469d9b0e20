import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listAgencies } from "@/db/queries/agencies";
import { loadPerformance } from "@/lib/annual-report/statistics/load-performance";
import { PERFORMANCE_REVALIDATE_SECONDS, PERFORMANCE_TAG } from "@/lib/annual-report/statistics/performance-cache";

/**
 * The public performance figures, cached like the catalogue's reads (the same for every visitor;
 * app/_catalogue/data.ts) under PERFORMANCE_TAG for PERFORMANCE_REVALIDATE_SECONDS, with the moment
 * they were computed. Shared by the page and the JSON/CSV downloads, so all three show one
 * computation. An unknown agency throws (NotFoundError), which is not cached.
 */
export const cachedPerformance = unstable_cache(
  async (agency: string | null, year: number) => ({
    ...(await loadPerformance(await getDb(), { agency, year })),
    computedAt: new Date().toISOString(),
  }),
  ["public-performance"],
  { tags: [PERFORMANCE_TAG], revalidate: PERFORMANCE_REVALIDATE_SECONDS },
);

export type CachedPerformance = Awaited<ReturnType<typeof cachedPerformance>>;

/** The agencies to choose from on the page (code, names), in the platform's order. */
export const cachedPerformanceAgencies = unstable_cache(
  async () => (await listAgencies(await getDb())).map(({ code, name, shortName }) => ({ code, name, shortName })),
  ["public-performance-agencies"],
  { tags: [PERFORMANCE_TAG], revalidate: PERFORMANCE_REVALIDATE_SECONDS },
);
