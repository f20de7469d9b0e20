import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { REPORT_ROLES } from "@/lib/annual-report/access";
import { reportXlsxPath } from "@/lib/annual-report/publish";
import { renderReportHtml } from "@/lib/annual-report/render-html";
import { reportYearSchema } from "@/lib/annual-report/schemas";
import { loadReportWorkspace } from "@/lib/annual-report/workspace";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { reportTitle } from "@/lib/annual-report/rules/summary";
import { PublishReportButton } from "@/components/reports/publish-report-button";
import { ReportComparison } from "@/components/reports/report-comparison";
import { ReportInputsForm } from "@/components/reports/report-inputs-form";
import { ReviewCaseManager } from "@/components/reports/review-case-manager";
import { Alert } from "@/components/ui/alert";
import "@/components/reports/report.css";

export const metadata: Metadata = { title: "政府信息公开工作年度报告" };

export default async function AnnualReportPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearText } = await params;
  const path = `/staff/reports/${yearText}`;
  const actor = await requireRole(REPORT_ROLES, path);
  const year = reportYearSchema.safeParse(yearText);
  if (!year.success || !/^\d{4}$/.test(yearText)) notFound();
  const ws = await loadForPage(async () => loadReportWorkspace(await getDb(), actor, year.data), path);
  const published = ws.status === "published";
  const { report, narrative } = ws;
  const cellHref = (row: string, column: string) => `/staff/reports/${ws.year}/cell?row=${encodeURIComponent(row)}&column=${column}`;
  const problems = [...report.violations, ...ws.carryOverIssues];

  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/staff">工作台</Link> › <Link href="/staff/reports">年度报告</Link> › {ws.year}年度
      </nav>
      <h1>{reportTitle(report)}</h1>
      <p>
        状态：{published ? "已发布" : "草稿（按当前办理记录实时计算）"} · 发布期限：{ws.dueOn}
        {ws.overdue ? <strong>（已超过发布期限）</strong> : null}
      </p>
      <p className="desk-actions">
        <Link href={`/staff/reports/${ws.year}/print`}>打印版</Link>
        <a href={reportXlsxPath(ws.agency.code, ws.year)} download>
          下载表格（XLSX）
        </a>
        <a href={`/api/v1/annual-reports/${ws.agency.code}/${ws.year}`}>JSON 数据</a>
        {ws.documentId ? <Link href={`/documents/${ws.documentId}`}>查看公开页面</Link> : null}
      </p>
      {published ? <Alert kind="info">本报告已发布，内容已固定；以下为发布时的数据。</Alert> : null}

      {report.violations.length === 0 ? (
        <Alert kind="success">数据校验通过：各列“一 + 二 = 三（七） + 四”，各小计和总计均相符。</Alert>
      ) : null}
      {problems.length > 0 ? (
        <section aria-labelledby="violations-heading" className="panel">
          <h2 id="violations-heading">需要核对的数据（{problems.length}处）</h2>
          <ul>
            {problems.map((violation) => (
              <li key={`${violation.cell}-${violation.message}`}>{violation.message}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">报告预览（表三中的数字可点击查看对应的申请）</h2>
        <div className="annual-report" dangerouslySetInnerHTML={{ __html: renderReportHtml(report, narrative, { cellHref }) }} />
      </section>

      <section aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">填写数据和文字部分</h2>
        <ReportInputsForm
          year={ws.year}
          readOnly={published}
          initial={{
            licensing: report.table2.licensing,
            penalties: report.table2.penalties,
            coercion: report.table2.coercion,
            chargesWan: report.table2.chargesWan,
            ...narrative,
          }}
        />
      </section>

      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">政府信息公开行政复议、行政诉讼案件（表四）</h2>
        <ReviewCaseManager year={ws.year} cases={ws.reviewCases} readOnly={published} />
      </section>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">与上年比较</h2>
        <ReportComparison report={report} previous={ws.previous} />
      </section>

      {published ? null : (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">发布</h2>
          <p>发布后，报告作为“政府信息公开年报”栏目的文件向公众公开，数据随即固定。</p>
          <PublishReportButton year={ws.year} ready={report.invariantsOk} carryOverDiffers={ws.carryOverIssues.length > 0} />
        </section>
      )}
    </>
  );
}
