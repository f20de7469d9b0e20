import { listAgencies } from "@/db/queries/agencies";
import type { Agency } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { consolidateReports, type ConsolidatedReport } from "@/lib/annual-report/rules/consolidate";
import type { AnnualReport } from "@/lib/annual-report/rules/types";
import { loadPerformance } from "@/lib/annual-report/statistics/load-performance";
import { reportAgencyOf } from "./access";
import { computeDraft } from "./compute-draft";
import { getReportRecord } from "@/db/queries/annual-report-records";

/** One agency's line in the comparison table (issue 15.3): applications, on-time rate, decisions, fees. */
export interface AgencyComparison {
  agencyCode: string;
  agencyName: string;
  status: AnnualReport["status"];
  /** 本年新收 and 上年结转 (table 三 一、二). */
  received: number;
  carriedIn: number;
  /** 本年度办理结果 总计 and 结转下年度继续办理 (table 三 三（七）、四). */
  finished: number;
  carriedOut: number;
  /** （一）予以公开 + （二）部分公开. */
  disclosed: number;
  /** （三）不予公开 … （六）其他处理. */
  notDisclosed: number;
  cannotProvide: number;
  notProcessed: number;
  otherHandling: number;
  /** Replies on or before the due date lib/clock computes from each ledger, net of legal pauses (performance.ts). */
  onTimeRate: number | null;
  feesCollected: number;
}

export interface DistrictReport {
  year: number;
  host: { code: string; name: string };
  /** Every agency of the platform, and which are in the sum. */
  agencies: { code: string; name: string; selected: boolean }[];
  consolidated: ConsolidatedReport;
  comparison: AgencyComparison[];
}

/** A year's report of one agency: as published (frozen), else the draft as the records stand. */
async function reportOf(db: Db, agency: Agency, year: number): Promise<AnnualReport> {
  const record = await getReportRecord(db, agency.id, year);
  if (record?.snapshot) return record.snapshot.report;
  return (await computeDraft(db, agency, year)).report;
}

function comparisonOf(report: AnnualReport, onTimeRate: number | null): AgencyComparison {
  const t = report.table3;
  return {
    agencyCode: report.agencyCode,
    agencyName: report.agencyName,
    status: report.status,
    received: t.new.total,
    carriedIn: t.carriedIn.total,
    finished: t.total.total,
    carriedOut: t.carriedOut.total,
    disclosed: t["1"].total + t["2"].total,
    notDisclosed: t["3"].total,
    cannotProvide: t["4"].total,
    notProcessed: t["5"].total,
    otherHandling: t["6"].total,
    onTimeRate,
    feesCollected: report.fees.collected,
  };
}

/**
 * The district's 年度报告汇总 (issue 15.3) for the platform's host (the 政务公开办 of the district
 * government, `agencies.platform_host`): its reviewers and admin sum the selected agencies' reports
 * (published ones as published, the others as drafts, each marked) and compare the agencies. Any
 * other agency's staff are refused: the drafts of other agencies are not theirs to read.
 */
export async function loadDistrictReport(db: Db, actor: Actor | null, year: number, selectedCodes: readonly string[] | null): Promise<DistrictReport> {
  const host = await reportAgencyOf(db, actor);
  if (!host.platformHost) throw new ForbiddenError("只有本平台主办机关（区政务公开办）可以汇总各机关的年度报告。");
  const all = await listAgencies(db);
  const unknown = (selectedCodes ?? []).filter((code) => !all.some((a) => a.code === code));
  if (unknown.length > 0) throw new ValidationError([{ path: "agencies", message: `本平台没有统一社会信用代码为“${unknown.join("、")}”的机关。` }]);
  const selected = selectedCodes && selectedCodes.length > 0 ? all.filter((a) => selectedCodes.includes(a.code)) : all;
  const reports = await Promise.all(selected.map((agency) => reportOf(db, agency, year)));
  const rates = await Promise.all(selected.map(async (agency) => (await loadPerformance(db, { year, agency: agency.code })).replies.onTimeRate));
  return {
    year,
    host: { code: host.code, name: host.name },
    agencies: all.map((a) => ({ code: a.code, name: a.name, selected: selected.includes(a) })),
    consolidated: consolidateReports(reports, { agencyCode: host.code, agencyName: host.name, year }),
    comparison: reports.map((report, i) => comparisonOf(report, rates[i] ?? null)),
  };
}

/** Whether this report author's agency hosts the platform (and so may consolidate the agencies' reports). */
export async function isPlatformHost(db: Db, actor: Actor | null): Promise<boolean> {
  return (await reportAgencyOf(db, actor)).platformHost;
}
