/**
 * Every route handler's URL pattern (every app/…/route.ts, route groups left out): the `route` label of
 * the request metrics, so a made-up id in a URL can never mint a new time series.
 * route-patterns.test.ts keeps this list equal to the files.
 */
export const ROUTE_PATTERNS = [
  "/api/admin/agency/seal",
  "/api/applicant/applications/[id]/correction",
  "/api/applicant/files/[fileId]",
  "/api/applicant/letters/[letterId]/pdf",
  "/api/apply/challenge",
  "/api/apply/submit",
  "/api/apply/suggestions",
  "/api/auth/[...nextauth]",
  "/api/csp-report",
  "/api/deadline-feed/[file]",
  "/api/health",
  "/api/staff/applications/[id]/letters/[letterId]/pdf",
  "/api/staff/applications/[id]/released-files",
  "/api/staff/files/[fileId]",
  "/api/staff/reports/[year]/district/xlsx",
  "/api/v1/agencies",
  "/api/v1/annual-reports/[agency]/[year]",
  "/api/v1/annual-reports/[agency]/[year]/xlsx",
  "/api/v1/applications",
  "/api/v1/applications/lookup",
  "/api/v1/calendar/add-working-days",
  "/api/v1/calendar/is-working-day",
  "/api/v1/categories",
  "/api/v1/documents",
  "/api/v1/documents/[id]",
  "/api/v1/fees/estimate",
  "/api/v1/openapi.json",
  "/api/v1/staff/documents/[id]/attachments",
  "/api/v1/staff/documents/[id]/attachments/[attachmentId]",
  "/api/v1/statistics/performance",
  "/api/v1/statistics/performance/csv",
  "/documents/[id]/attachments/[attachmentId]",
  "/feed.xml",
  "/staff/applications/register/export",
  "/api/metrics",
] as const;

const compiled = ROUTE_PATTERNS.map((pattern) => ({
  pattern,
  regex: new RegExp(`^${pattern.replace(/\[\.\.\.[^\]]+\]/g, "@@").replace(/\[[^\]]+\]/g, "[^/]+").replace(/\./g, "\\.").replace("@@", ".+")}$`),
  // A pattern with fewer placeholders wins (/api/v1/applications/lookup before …/[id]).
  placeholders: (pattern.match(/\[/g) ?? []).length,
})).sort((a, b) => a.placeholders - b.placeholders);

/** The pattern a path belongs to, or "other". */
export function routePattern(pathname: string): string {
  return compiled.find(({ regex }) => regex.test(pathname))?.pattern ?? "other";
}
