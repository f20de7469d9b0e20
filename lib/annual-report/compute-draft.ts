import { aggregateYear } from "@/db/queries/annual-report";
import { countDocumentsPublished, getReportRecord, listReviewCases, type ReviewCaseListItem } from "@/db/queries/annual-report-records";
import type { Agency, AnnualReportRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import { computeReport, type ReviewCaseCount } from "@/lib/annual-report/rules/compute";
import { prefillSections } from "@/lib/annual-report/rules/summary";
import type { AnnualReport } from "@/lib/annual-report/rules/types";
import type { ReportNarrative } from "./snapshot";
import { resultAtYearEnd } from "./year-end-result";

/** Table 四's input: the year's cases (listReviewCases) with their result as of 31 Dec. */
export function reviewCaseCounts(cases: readonly Pick<ReviewCaseListItem, "kind" | "result" | "resultOn">[], year: number): ReviewCaseCount[] {
  return cases.map((reviewCase) => ({ kind: reviewCase.kind, result: resultAtYearEnd(reviewCase, year) }));
}

export interface ComputedDraft {
  report: AnnualReport;
  /** Saved narrative, or the factual prefill (lib/annual-report/rules/summary) where nothing is saved yet. */
  narrative: ReportNarrative;
  record: AnnualReportRow | undefined;
  reviewCases: ReviewCaseListItem[];
}

/**
 * The report of a year as the records stand now (条例第五十条): the SQL aggregation of applications,
 * documents and fees (db/queries/annual-report.ts), the staff's table 二 inputs and the review
 * cases, through the pure engine. No access check: callers authorise.
 */
export async function computeDraft(db: Queryable, agency: Pick<Agency, "id" | "code" | "name" | "policy">, year: number): Promise<ComputedDraft> {
  const [aggregated, record, cases, documentsPublished] = await Promise.all([
    aggregateYear(db, agency.id, year),
    getReportRecord(db, agency.id, year),
    listReviewCases(db, agency.id, year, readAgencyPolicy(agency.policy).reviewCasesInReport),
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
