import { cachedPerformance } from "@/app/_statistics/data";
import { performanceCsv } from "@/lib/annual-report/statistics/performance-csv";
import { readPerformanceQuery } from "@/lib/annual-report/statistics/performance-query";
import { route } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/statistics/performance/csv?year=2024[&agency=…] — the same figures as CSV (UTF-8 with BOM). */
export const GET = route(async (request: Request) => {
  const query = readPerformanceQuery(new URL(request.url).searchParams);
  const performance = await cachedPerformance(query.agency, query.year);
  const scope = performance.scope.kind === "agency" ? performance.scope.shortName : "全区";
  const fileName = `${scope}${performance.year}年依申请公开办理情况.csv`;
  const asciiName = `performance-${performance.scope.kind === "agency" ? performance.scope.code : "district"}-${performance.year}.csv`;
  return new Response(performanceCsv(performance), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "public, max-age=300",
    },
  });
});
