import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The process's Prometheus metrics (GET /api/metrics). One registry per process on globalThis:
 * Next bundles route handlers and instrumentation.ts separately, and each must count into the same one.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "portal_" });
  return {
    registry,
    requestDuration: new Histogram({
      name: "portal_http_request_duration_seconds",
      help: "Route handler time by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    renderErrors: new Counter({
      name: "portal_request_errors_total",
      help: "Unexpected errors while rendering a page or running an action or route (Next's onRequestError).",
      labelNames: ["route", "kind"] as const,
      registers: [registry],
    }),
    workerRuns: new Counter({
      name: "portal_worker_runs_total",
      help: "Background work passes on this server, by outcome (ok | failed).",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    workerDuration: new Histogram({
      name: "portal_worker_run_duration_seconds",
      help: "Time of one background work pass.",
      buckets: [0.05, 0.1, 0.5, 1, 5, 15, 30, 60],
      registers: [registry],
    }),
    outboxBacklog: new Gauge({
      name: "portal_outbox_messages",
      help: "E-mails in the outbox by status (pending = still to send, failed = gave up), read from the database at scrape time.",
      labelNames: ["status"] as const,
      registers: [registry],
    }),
    overdueApplications: new Gauge({
      name: "portal_overdue_applications",
      help: "Applications past their reply due date and not finished, by agency (统一社会信用代码), read from the database at scrape time.",
      labelNames: ["agency"] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as typeof globalThis & { __portalMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.__portalMetrics ??= createMetrics();
  return globalForMetrics.__portalMetrics;
}
