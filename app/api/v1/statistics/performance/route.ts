import { cachedPerformance } from "@/app/_statistics/data";
import { readPerformanceQuery } from "@/lib/annual-report/statistics/performance-query";
import { json, route } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/statistics/performance?year=2024[&agency=code|shortName] — the public performance
 * figures of /performance as JSON: applications per month, replies on time net of the legal pauses
 * (条例第三十三条; workflow.md §4), the median working days to reply, decisions by table 三 row, fees,
 * and `method`, how each is computed. Without `agency`: every agency of the platform (the district).
 */
export const GET = route(async (request: Request) => {
  const query = readPerformanceQuery(new URL(request.url).searchParams);
  const performance = await cachedPerformance(query.agency, query.year);
  return json(performance, { headers: { "cache-control": "public, max-age=300" } });
});
