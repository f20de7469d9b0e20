import { getDb } from "@/db/client";
import { loadAnnualReport } from "@/lib/annual-report/public-report";
import { getActor } from "@/lib/auth/session";
import { json, pathSegment, route } from "@/lib/http/api";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ agency: string; year: string }> };

/**
 * GET /api/v1/annual-reports/{agency}/{year} — the published annual report in the JSON shape of
 * annual-report.md; before publication, the draft for the agency's own staff only (others: 404).
 */
export const GET = route(async (_request: Request, { params }: Context) => {
  const { agency, year } = await params;
  const actor = await getActor();
  const report = await loadAnnualReport(await getDb(), actor, pathSegment(agency), year);
  // A draft changes with every record and is for staff only: never cached by anyone.
  const cacheControl = report.status === "published" ? "public, max-age=60" : "private, no-store";
  return json(report, { headers: { "cache-control": cacheControl } });
});
