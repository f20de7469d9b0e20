import { getReportRecord } from "@/db/queries/annual-report-records";
import { annualReports } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import type { Queryable } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/roles";
import { ANNUAL_REPORT_CATEGORY } from "@/lib/documents/category-tree";
import { insertDocument, markPublished } from "@/lib/documents/publishing";
import { documentFieldsSchema, EMPTY_DOCUMENT_FIELDS } from "@/lib/documents/schemas";
import { ConflictError, RuleViolationError, ValidationError } from "@/lib/errors";
import { assertPublishable, checkCarryOver, ReportInvariantError } from "@/lib/annual-report/rules/invariants";
import type { Violation } from "@/lib/annual-report/rules/types";
import { reportTitle, SECTION_TITLES } from "@/lib/annual-report/rules/summary";
import { chinaToday } from "@/lib/validation/china-date";
import { reportAgencyOf } from "./access";
import { reportYearSchema } from "./schemas";
import { computeDraft } from "./compute-draft";
import { escapeHtml, renderReportHtml } from "./render-html";
import type { PublishedReportSnapshot } from "./snapshot";

/** Where the report's tables can be downloaded (the API route), linked from the published document. */
export function reportXlsxPath(agencyCode: string, year: number): string {
  return `/api/v1/annual-reports/${encodeURIComponent(agencyCode)}/${year}/xlsx`;
}

/** 上年结转 differs from last year's published report and the reviewer has not confirmed it is explained. */
export class UnexplainedCarryOverError extends ReportInvariantError {
  constructor(violations: Violation[]) {
    super(violations);
    this.message += "。如差异来自上年报告发布后才登记的上年度申请，请在“六、其他需要报告的事项”中说明原因，并勾选确认后再发布。";
  }
}

/**
 * Publish a year's report (条例第四十九条; annual-report.md § Output): only when every consistency
 * check holds (else refused naming each failing cell) and sections 一、五、六 are written; it becomes
 * a published catalogue document under 政府信息公开年报 in the official layout, and the report is
 * frozen as a snapshot (later corrections to the records no longer change it).
 *
 * 上年结转 is also checked against last year's published report. A difference cannot be corrected
 * in a published report (it is frozen), and the law wants this year's numbers true: so a difference
 * (e.g. an application of last year registered after its report was published) is refused unless
 * the reviewer confirms that section 六 explains it; the confirmation and the cells are audited.
 */
export async function publishAnnualReport(
  db: Queryable,
  actor: Actor | null,
  year: number,
  { now = new Date(), carryOverExplained = false }: { now?: Date; carryOverExplained?: boolean } = {},
): Promise<{ documentId: string }> {
  const checkedYear = reportYearSchema.safeParse(year);
  if (!checkedYear.success) throw new ValidationError([{ path: "year", message: checkedYear.error.issues[0]!.message }]);
  return inTransaction(db, async (tx) => {
    const agency = await reportAgencyOf(tx, actor);
    const today = chinaToday(now);
    if (year >= Number(today.slice(0, 4))) throw new RuleViolationError(`${year}年度尚未结束，年度报告须在次年发布（条例第四十九条）。`);
    const record = await getReportRecord(tx, agency.id, year, { forUpdate: true });
    if (record?.status === "published") throw new ConflictError(`${year}年度报告已经发布。`);

    const draft = await computeDraft(tx, agency, year);
    // The published previous year is frozen: records of that year changed since (a late-registered
    // or imported application still open at its end) would make this year's 上年结转 disagree with it.
    assertPublishable(draft.report);
    const previous = await getReportRecord(tx, agency.id, year - 1);
    const previousReport = previous?.status === "published" ? previous.snapshot?.report : undefined;
    const carryOverDifferences = previousReport ? checkCarryOver(previousReport, draft.report) : [];
    if (carryOverDifferences.length > 0 && !carryOverExplained) throw new UnexplainedCarryOverError(carryOverDifferences);
    const missing = (["overview", "problems", "other"] as const).filter((key) => draft.narrative[key].trim() === "");
    if (missing.length > 0) {
      const titles = { overview: SECTION_TITLES.overview, problems: SECTION_TITLES.problems, other: SECTION_TITLES.other };
      throw new ValidationError(missing.map((key) => ({ path: key, message: `请填写并保存“${titles[key]}”后再发布。` })));
    }

    const snapshot: PublishedReportSnapshot = { report: { ...draft.report, status: "published" }, narrative: draft.narrative };
    const title = reportTitle(snapshot.report);
    const body = `${renderReportHtml(snapshot.report, snapshot.narrative)}\n<p><a href="${escapeHtml(reportXlsxPath(agency.code, year))}">下载本报告统计表格（XLSX）</a></p>`;
    const fields = documentFieldsSchema.parse({
      ...EMPTY_DOCUMENT_FIELDS,
      title,
      categoryCode: ANNUAL_REPORT_CATEGORY,
      docType: "work_report",
      issuedOn: today,
      keywords: "政府信息公开 年度报告",
      summary: `${title}（条例第五十条），包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项。`,
      body,
    });
    const document = await insertDocument(tx, agency.id, fields, { actorId: actor!.userId, sourceReference: `annual-report:${year}` });
    await markPublished(tx, actor!, document, now);

    const values = { status: "published" as const, snapshot, documentId: document.id, publishedAt: now, publishedBy: actor!.userId, updatedAt: now, updatedBy: actor!.userId };
    await tx
      .insert(annualReports)
      .values({ agencyId: agency.id, year, ...values })
      .onConflictDoUpdate({ target: [annualReports.agencyId, annualReports.year], set: values });
    await recordAudit(tx, {
      actor,
      action: "annualReport.published",
      target: { type: "annualReport", id: `${agency.code}/${year}` },
      after: {
        year,
        documentId: document.id,
        indexNumber: document.indexNumber,
        ...(carryOverDifferences.length > 0 ? { carryOverDifferencesExplained: carryOverDifferences.map((v) => v.message) } : {}),
      },
    });
    return { documentId: document.id };
  });
}
