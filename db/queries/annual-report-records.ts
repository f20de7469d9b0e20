import { and, asc, between, count, eq, gte, isNull, lt, lte, or } from "drizzle-orm";
import { annualReports, applications, documents, reviewCases, type AnnualReportRow } from "@/db/schema";
import type { Queryable } from "@/db/types";
import type { AgencyPolicy } from "@/lib/agencies/policy";
import type { ReviewCaseKind } from "@/lib/annual-report/rules/types";

/** Staff inputs and publication state of one agency's report for one year (annual_reports). */
export async function getReportRecord(db: Queryable, agencyId: string, year: number, { forUpdate = false } = {}): Promise<AnnualReportRow | undefined> {
  const query = db
    .select()
    .from(annualReports)
    .where(and(eq(annualReports.agencyId, agencyId), eq(annualReports.year, year)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

/** The years an agency has a report record for, newest first. */
export async function listReportYears(db: Queryable, agencyId: string): Promise<{ year: number; status: AnnualReportRow["status"] }[]> {
  const rows = await db
    .select({ year: annualReports.year, status: annualReports.status })
    .from(annualReports)
    .where(eq(annualReports.agencyId, agencyId))
    .orderBy(asc(annualReports.year));
  return rows.reverse();
}

export interface ReviewCaseListItem {
  id: string;
  kind: ReviewCaseKind;
  filedOn: string;
  caseNumber: string | null;
  result: string | null;
  resultOn: string | null;
}

function yearBounds(year: number): [string, string] {
  return [`${year}-01-01`, `${year}-12-31`];
}

/**
 * The review cases a year's table 四 counts (annual-report.md § Table 四, agency setting
 * `reviewCasesInReport`): filed in the year (the Policy default), or decided in the year plus
 * those still undecided at 31 Dec, whenever filed.
 */
export async function listReviewCases(
  db: Queryable,
  agencyId: string,
  year: number,
  rule: AgencyPolicy["reviewCasesInReport"] = "filedInYear",
): Promise<ReviewCaseListItem[]> {
  const [first, last] = yearBounds(year);
  const inYear =
    rule === "filedInYear"
      ? between(reviewCases.filedOn, first, last)
      : and(lte(reviewCases.filedOn, last), or(isNull(reviewCases.resultOn), gte(reviewCases.resultOn, first)));
  return db
    .select({
      id: reviewCases.id,
      kind: reviewCases.kind,
      filedOn: reviewCases.filedOn,
      caseNumber: applications.caseNumber,
      result: reviewCases.result,
      resultOn: reviewCases.resultOn,
    })
    .from(reviewCases)
    .leftJoin(applications, eq(applications.id, reviewCases.applicationId))
    .where(and(eq(reviewCases.agencyId, agencyId), inYear))
    .orderBy(asc(reviewCases.filedOn), asc(reviewCases.createdAt));
}

/** Documents the agency published in the catalogue in the year (Beijing time), for section 一's summary. */
export async function countDocumentsPublished(db: Queryable, agencyId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(documents)
    .where(
      and(
        eq(documents.agencyId, agencyId),
        eq(documents.status, "published"),
        gte(documents.publishedAt, new Date(`${year}-01-01T00:00:00+08:00`)),
        lt(documents.publishedAt, new Date(`${year + 1}-01-01T00:00:00+08:00`)),
      ),
    );
  return Number(row?.n ?? 0);
}
