import { listReportYears } from "@/db/queries/annual-report-records";
import type { Queryable } from "@/db/types";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import type { Actor } from "@/lib/auth/roles";
import { chinaToday } from "@/lib/validation/china-date";
import { reportAgencyOf } from "./access";
import { defaultReportYear, reportDueOn } from "./due-date";

export interface ReportYearItem {
  year: number;
  status: "draft" | "published" | "none";
  dueOn: string;
}

/** /staff/reports: last year's report first, then every year with saved inputs or a publication. */
export async function listReportYearsFor(db: Queryable, actor: Actor | null, { now = new Date() } = {}): Promise<ReportYearItem[]> {
  const agency = await reportAgencyOf(db, actor);
  const policy = readAgencyPolicy(agency.policy);
  const saved = new Map((await listReportYears(db, agency.id)).map((row) => [row.year, row.status] as const));
  const latest = defaultReportYear(chinaToday(now));
  const years = [...new Set([latest, latest - 1, ...saved.keys()])].sort((a, b) => b - a);
  return years.map((year) => ({ year, status: saved.get(year) ?? "none", dueOn: reportDueOn(year, policy) }));
}
