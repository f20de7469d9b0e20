import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Who may read /api/metrics: whoever sends `Authorization: Bearer <METRICS_TOKEN>`. Without a
 * token configured the endpoint does not exist (404), so a forgotten setting never publishes the
 * figures; a missing or wrong token is 401.
 */
export function metricsAccess(token: string | undefined, authorization: string | null): "allowed" | "not_found" | "unauthorized" {
  if (!token) return "not_found";
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!given) return "unauthorized";
  // Compare digests: equal length, and no timing hint about the token.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(token)) ? "allowed" : "unauthorized";
}
