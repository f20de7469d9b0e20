import { config } from "@/lib/config";
import { parseCspReports, rememberCspViolations, rememberedCspViolations } from "@/lib/security/csp-reports";
import { CSP_REPORT_PATH } from "@/lib/security/csp.mjs";

export const dynamic = "force-dynamic";

/** A report is a few hundred bytes; anything much larger is not one. */
const MAX_REPORT_BYTES = 64 * 1024;

/**
 * Browsers post Content-Security-Policy violations here (`report-uri` / `report-to` of every page's
 * policy, lib/security/csp.mjs). Each is logged for the operator; nothing is ever answered but 204,
 * so the endpoint tells a prober nothing.
 */
export async function POST(request: Request) {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > MAX_REPORT_BYTES) return new Response(null, { status: 413 });
  const body = await request.text();
  if (body.length > MAX_REPORT_BYTES) return new Response(null, { status: 413 });
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return new Response(null, { status: 204 });
  }
  const violations = parseCspReports(payload);
  for (const violation of violations) console.warn(JSON.stringify({ event: "csp-violation", ...violation }));
  if (config().APP_ENV === "test") rememberCspViolations(violations);
  return new Response(null, { status: 204 });
}

/** The reports received, for the e2e test only (404 outside APP_ENV=test). */
export async function GET() {
  if (config().APP_ENV !== "test") return new Response(null, { status: 404 });
  return Response.json({ endpoint: CSP_REPORT_PATH, violations: rememberedCspViolations() });
}
