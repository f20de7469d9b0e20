import { getDb } from "@/db/client";
import { config } from "@/lib/config";
import { json, route } from "@/lib/http/api";
import { metricsAccess } from "@/lib/metrics/access";
import { collectMetrics } from "@/lib/metrics/collect";

export const dynamic = "force-dynamic";

/**
 * Prometheus metrics of this server (README "Deployment"): scrape every app server directly with
 * `Authorization: Bearer $METRICS_TOKEN`; nginx does not publish this path.
 */
export const GET = route(async (request: Request) => {
  const access = metricsAccess(config().METRICS_TOKEN, request.headers.get("authorization"));
  if (access === "not_found") return json({ error: "页面不存在。" }, { status: 404 });
  if (access === "unauthorized") {
    return json({ error: "需要有效的监控令牌。" }, { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
  }
  const { contentType, body } = await collectMetrics(await getDb());
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
