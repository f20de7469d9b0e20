import { findAgency } from "@/db/queries/agencies";
import { getReportRecord } from "@/db/queries/annual-report-records";
import type { Queryable } from "@/db/types";
import { isStaff, type Actor } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import type { AnnualReport } from "@/lib/annual-report/rules/types";
import { computeDraft } from "./compute-draft";
import { reportYearSchema } from "./schemas";

/**
 * GET /api/v1/annual-reports/{agency}/{year} and its XLSX: the published report (public, frozen at
 * publication), or — before publication — the draft as the records stand, for the agency's own
 * staff only. Everyone else gets the same 404 as for a year with no report, so a draft's existence
 * does not leak. `agency` is the 统一社会信用代码 or the short name, as elsewhere in the API.
 */
export async function loadAnnualReport(db: Queryable, actor: Actor | null, agencyRef: string, yearText: string): Promise<AnnualReport> {
  const notFound = new NotFoundError("未找到该机关该年度已发布的政府信息公开工作年度报告。");
  const year = reportYearSchema.safeParse(yearText);
  if (!year.success || !/^\d{4}$/.test(yearText)) throw notFound;
  const agency = await findAgency(db, agencyRef);
  if (!agency) throw notFound;
  const record = await getReportRecord(db, agency.id, year.data);
  if (record?.status === "published" && record.snapshot) return record.snapshot.report;
  if (actor && isStaff(actor) && actor.agencyId === agency.id) return (await computeDraft(db, agency, year.data)).report;
  throw notFound;
}
