import { metrics } from "@/lib/metrics/registry";
import { logger } from "./logger";

interface RequestInfo {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Next's onRequestError (instrumentation.ts): the error of a page render, server action or route.
 * `errorId` is the number the user reads: Next's digest on an error page (app/error.tsx), else the
 * request id; `requestId` is nginx's (X-Request-Id), to find the request in the access log.
 */
export function logRequestError(error: unknown, request: RequestInfo, context: { routePath: string; routeType: string }): void {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  const header = request.headers["x-request-id"];
  const requestId = Array.isArray(header) ? header[0] : header;
  logger.error(
    { err: error, errorId: digest ?? requestId, requestId, method: request.method, path: request.path, route: context.routePath, kind: context.routeType },
    "request failed",
  );
  metrics().renderErrors.inc({ route: context.routePath, kind: context.routeType });
}
