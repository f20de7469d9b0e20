import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { REPORT_ROLES } from "@/lib/annual-report/access";
import { renderReportHtml } from "@/lib/annual-report/render-html";
import { reportYearSchema } from "@/lib/annual-report/schemas";
import { loadReportWorkspace } from "@/lib/annual-report/workspace";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { reportTitle } from "@/lib/annual-report/rules/summary";
import { PrintButton } from "@/components/letters/print-button";
import "@/components/reports/report.css";

export const metadata: Metadata = { title: "年度报告（打印版）" };

/** The report in the official layout, ready to print (annual-report.md § Output). */
export default async function PrintAnnualReportPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearText } = await params;
  const path = `/staff/reports/${yearText}/print`;
  const actor = await requireRole(REPORT_ROLES, path);
  const year = reportYearSchema.safeParse(yearText);
  if (!year.success || !/^\d{4}$/.test(yearText)) notFound();
  const ws = await loadForPage(async () => loadReportWorkspace(await getDb(), actor, year.data), path);
  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb no-print">
        <Link href="/staff">工作台</Link> › <Link href="/staff/reports">年度报告</Link> › <Link href={`/staff/reports/${ws.year}`}>{ws.year}年度</Link> › 打印版
      </nav>
      <div className="no-print letter-actions">
        <PrintButton />
      </div>
      <article className="annual-report">
        <h1 className="document-title">{reportTitle(ws.report)}</h1>
        {ws.status === "published" ? null : <p className="no-print">（草稿，尚未发布）</p>}
        <div dangerouslySetInnerHTML={{ __html: renderReportHtml(ws.report, ws.narrative) }} />
      </article>
    </>
  );
}
