import { aggregateYear } from "@/db/queries/annual-report";
import { countDocumentsPublished, getReportRecord, listReviewCases, type ReviewCaseListItem } from "@/db/queries/annual-report-records";
import type { Agency, AnnualReportRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { computeReport, type ReviewCaseCount } from "@/lib/report/compute";
import { prefillSections } from "@/lib/report/summary";
import type { AnnualReport } from "@/lib/report/types";
import type { ReportNarrative } from "./snapshot";

/**
 * Table 四's input: the cases filed in the year with their result as of 31 Dec — a result dated
 * later leaves the case 尚未审结 for this year (annual-report.md § Table 四, Policy default).
 */
export function reviewCaseCounts(cases: readonly Pick<ReviewCaseListItem, "kind" | "result" | "resultOn">[], year: number): ReviewCaseCount[] {
  const last = `${year}-12-31`;
  return cases.map((reviewCase) => ({
    kind: reviewCase.kind,
    result: reviewCase.resultOn !== null && reviewCase.resultOn <= last ? reviewCase.result : null,
  }));
}

export interface ComputedDraft {
  report: AnnualReport;
  /** Saved narrative, or the factual prefill (lib/report/summary) where nothing is saved yet. */
  narrative: ReportNarrative;
  record: AnnualReportRow | undefined;
  reviewCases: ReviewCaseListItem[];
}

/**
 * The report of a year as the records stand now (条例第五十条): the SQL aggregation of applications,
 * documents and fees (db/queries/annual-report.ts), the staff's table 二 inputs and the review
 * cases, through the pure engine. No access check: callers authorise.
 */
export async function computeDraft(db: Queryable, agency: Pick<Agency, "id" | "code" | "name">, year: number): Promise<ComputedDraft> {
  const [aggregated, record, cases, documentsPublished] = await Promise.all([
    aggregateYear(db, agency.id, year),
    getReportRecord(db, agency.id, year),
    listReviewCases(db, agency.id, year),
    countDocumentsPublished(db, agency.id, year),
  ]);
  const report = computeReport({
    agencyCode: agency.code,
    agencyName: agency.name,
    year,
    status: "draft",
    ...aggregated,
    staffEntered: {
      licensing: record?.licensing ?? 0,
      penalties: record?.penalties ?? 0,
      coercion: record?.coercion ?? 0,
      chargesWan: record?.chargesWan ?? "0",
    },
    reviewCases: reviewCaseCounts(cases, year),
  });
  const prefill = prefillSections(report, { documentsPublished });
  const narrative: ReportNarrative = {
    overview: record?.overview ?? prefill.overview.join("\n\n"),
    problems: record?.problems ?? "",
    other: record?.other ?? prefill.other.join("\n\n"),
  };
  return { report, narrative, record, reviewCases: cases };
}
