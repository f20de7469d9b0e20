import { getDb } from "@/db/client";
import { loadDistrictReport } from "@/lib/annual-report/district";
import { exportDistrictXlsx } from "@/lib/annual-report/district-xlsx";
import { districtSelectionSchema, reportYearSchema } from "@/lib/annual-report/schemas";
import { getActor } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { route } from "@/lib/http/api";
import { fieldErrors } from "@/lib/validation/zod";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string }> };

/** GET /api/staff/reports/{year}/district/xlsx?agency=… — the district's 汇总 and the comparison of agencies (issue 15.3). */
export const GET = route(async (request: Request, { params }: Context) => {
  const { year: yearText } = await params;
  const year = reportYearSchema.safeParse(yearText);
  if (!year.success || !/^\d{4}$/.test(yearText)) throw new NotFoundError("未找到该年度。");
  const selection = districtSelectionSchema.safeParse(new URL(request.url).searchParams.getAll("agency"));
  if (!selection.success) throw new ValidationError(fieldErrors(selection.error));
  const district = await loadDistrictReport(await getDb(), await getActor(), year.data, selection.data);
  const body = await exportDistrictXlsx(district);
  const fileName = `${district.host.name}${district.year}年政府信息公开工作年度报告汇总.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="district-report-${district.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "private, no-store",
    },
  });
});
