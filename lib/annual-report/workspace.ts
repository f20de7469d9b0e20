import { getReportRecord, type ReviewCaseListItem } from "@/db/queries/annual-report-records";
import type { Agency } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import type { Actor } from "@/lib/auth/roles";
import { checkCarryOver } from "@/lib/annual-report/rules/invariants";
import type { AnnualReport, ReportStatus, Violation } from "@/lib/annual-report/rules/types";
import { chinaToday } from "@/lib/validation/china-date";
import { reportAgencyOf } from "./access";
import { computeDraft } from "./compute-draft";
import { reportDueOn } from "./due-date";
import type { ReportNarrative } from "./snapshot";

export interface ReportWorkspace {
  agency: Pick<Agency, "id" | "code" | "name" | "shortName">;
  year: number;
  status: ReportStatus;
  /** The frozen report once published; otherwise the draft as the records stand now. */
  report: AnnualReport;
  narrative: ReportNarrative;
  reviewCases: ReviewCaseListItem[];
  /** Last year's report (published snapshot, or computed) for the side-by-side comparison. */
  previous: AnnualReport;
  /** 二 of this year against 四 of last year's report (workflow.md §2: receivedOn never moves). */
  carryOverIssues: Violation[];
  dueOn: string;
  overdue: boolean;
  documentId: string | null;
}

/** A year's report as staff see it: published snapshot, or the draft as the records stand now. */
export async function reportOfYear(db: Queryable, agency: Pick<Agency, "id" | "code" | "name" | "policy">, year: number) {
  const record = await getReportRecord(db, agency.id, year);
  if (record?.status === "published" && record.snapshot) {
    const draft = await computeDraft(db, agency, year);
    return { ...draft, report: record.snapshot.report, narrative: record.snapshot.narrative };
  }
  return computeDraft(db, agency, year);
}

/** /staff/reports/{year}: the report, its inputs, review cases, last year's and the due date. */
export async function loadReportWorkspace(db: Queryable, actor: Actor | null, year: number, { now = new Date() } = {}): Promise<ReportWorkspace> {
  const agency = await reportAgencyOf(db, actor);
  const current = await reportOfYear(db, agency, year);
  const previous = (await reportOfYear(db, agency, year - 1)).report;
  const dueOn = reportDueOn(year, readAgencyPolicy(agency.policy));
  const status = current.record?.status ?? "draft";
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name, shortName: agency.shortName },
    year,
    status,
    report: current.report,
    narrative: current.narrative,
    reviewCases: current.reviewCases,
    previous,
    carryOverIssues: checkCarryOver(previous, current.report),
    dueOn,
    overdue: status === "draft" && chinaToday(now) > dueOn,
    documentId: current.record?.documentId ?? null,
  };
}
