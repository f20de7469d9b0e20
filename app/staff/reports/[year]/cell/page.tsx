import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { REPORT_ROLES } from "@/lib/annual-report/access";
import { loadCellApplications } from "@/lib/annual-report/drill-down";
import { reportYearSchema } from "@/lib/annual-report/schemas";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { ValidationError } from "@/lib/errors";
import { OUTCOME_ROWS, TABLE3_KEYS, table3ColumnLabel, table3RowLabel, type ApplicantColumn, type Table3Key } from "@/lib/annual-report/rules/rows";
import { DECISIONS, isDecisionCode } from "@/lib/workflow/decisions";

export const metadata: Metadata = { title: "年度报告数字对应的申请" };

const COLUMNS = ["person", "commercial", "research", "nonprofit", "legal", "other", "total"] as const;

/** Table 三 drill-down: the applications (and sub-applications) one number counts. */
export default async function ReportCellPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ row?: string; column?: string }>;
}) {
  const { year: yearText } = await params;
  const { row = "", column = "" } = await searchParams;
  const path = `/staff/reports/${yearText}/cell?row=${encodeURIComponent(row)}&column=${encodeURIComponent(column)}`;
  const actor = await requireRole(REPORT_ROLES, path);
  const year = reportYearSchema.safeParse(yearText);
  if (!year.success || !(TABLE3_KEYS as readonly string[]).includes(row) || !(COLUMNS as readonly string[]).includes(column)) notFound();
  const list = await loadForPage(async () => {
    try {
      return await loadCellApplications(await getDb(), actor, year.data, { row, column });
    } catch (error) {
      if (error instanceof ValidationError) notFound();
      throw error;
    }
  }, path);
  const cellName = `表三“${table3RowLabel(row as Table3Key)}”行“${table3ColumnLabel(column as ApplicantColumn | "total")}”列`;
  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/staff">工作台</Link> › <Link href="/staff/reports">年度报告</Link> › <Link href={`/staff/reports/${year.data}`}>{year.data}年度</Link> › 数字明细
      </nav>
      <h1>{year.data}年度{cellName}</h1>
      <p>共 {list.length} 件（按当前办理记录）。</p>
      {list.length === 0 ? (
        <p>没有对应的申请。</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>对应的申请（按收到日期排列）</caption>
            <thead>
              <tr>
                <th scope="col">受理编号</th>
                <th scope="col">申请人</th>
                <th scope="col">收到日期</th>
                <th scope="col">办结日期</th>
                <th scope="col">办理结果</th>
              </tr>
            </thead>
            <tbody>
              {list.map((application) => (
                <tr key={application.id}>
                  <td>
                    <Link href={`/staff/applications/${application.id}`}>{application.caseNumber}</Link>
                  </td>
                  <td>{application.applicant}</td>
                  <td>{application.receivedOn}</td>
                  <td>{application.finishedOn ?? "尚未办结"}</td>
                  <td>
                    {application.decision && isDecisionCode(application.decision)
                      ? DECISIONS[application.decision].label
                      : application.reportRow
                        ? OUTCOME_ROWS[application.reportRow]
                        : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
