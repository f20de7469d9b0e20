import { getDb } from "@/db/client";
import { loadAnnualReport } from "@/lib/annual-report/public-report";
import { getActor } from "@/lib/auth/session";
import { pathSegment, route } from "@/lib/http/api";
import { exportReportXlsx } from "@/lib/annual-report/rules/xlsx";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ agency: string; year: string }> };

/** GET /api/v1/annual-reports/{agency}/{year}/xlsx — the report's tables, one sheet per table (exceljs). */
export const GET = route(async (_request: Request, { params }: Context) => {
  const { agency, year } = await params;
  const report = await loadAnnualReport(await getDb(), await getActor(), pathSegment(agency), year);
  const body = await exportReportXlsx(report);
  const fileName = `${report.agencyName}${report.year}年政府信息公开工作年度报告${report.status === "draft" ? "（草稿）" : ""}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="annual-report-${report.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": report.status === "published" ? "public, max-age=60" : "private, no-store",
    },
  });
});
