import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { REPORT_ROLES } from "@/lib/annual-report/access";
import { reportYearSchema } from "@/lib/annual-report/schemas";
import { listReportYearsFor } from "@/lib/annual-report/years";
import { isPlatformHost } from "@/lib/annual-report/district";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "政府信息公开工作年度报告" };

const STATUS_LABELS = { none: "未开始", draft: "草稿", published: "已发布" } as const;

export default async function AnnualReportsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireRole(REPORT_ROLES, "/staff/reports");
  const { year } = await searchParams;
  let yearError: string | undefined;
  if (year !== undefined) {
    const parsed = reportYearSchema.safeParse(year);
    if (parsed.success && /^\d{4}$/.test(year.trim())) redirect(`/staff/reports/${parsed.data}`);
    yearError = parsed.success ? "年度应为四位年份，例如 2024。" : parsed.error.issues[0]?.message;
  }
  const years = await loadForPage(async () => listReportYearsFor(await getDb(), actor), "/staff/reports");
  const host = await loadForPage(async () => isPlatformHost(await getDb(), actor), "/staff/reports");
  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/staff">工作台</Link> › 年度报告
      </nav>
      <h1>政府信息公开工作年度报告</h1>
      <p>报告按本机关的办理记录和目录实时计算（条例第五十条），填写表二、表四所需数据和文字部分后即可发布。</p>
      <table className="table">
        <caption>各年度报告</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col">状态</th>
            <th scope="col">发布期限</th>
            {host ? <th scope="col">各机关汇总</th> : null}
          </tr>
        </thead>
        <tbody>
          {years.map((item) => (
            <tr key={item.year}>
              <td>
                <Link href={`/staff/reports/${item.year}`}>{item.year}年度</Link>
              </td>
              <td>{STATUS_LABELS[item.status]}</td>
              <td>{item.dueOn}</td>
              {host ? (
                <td>
                  <Link href={`/staff/reports/${item.year}/district`}>{item.year}年度汇总</Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <form method="get" className="panel">
        <div className="field">
          <label htmlFor="report-year">其他年度</label>
          <input id="report-year" name="year" inputMode="numeric" defaultValue={year ?? ""} aria-invalid={Boolean(yearError)} aria-describedby={yearError ? "report-year-error" : undefined} />
          {yearError ? (
            <span id="report-year-error" className="field-error" role="alert">
              {yearError}
            </span>
          ) : null}
        </div>
        <button className="button" type="submit">
          打开
        </button>
      </form>
    </>
  );
}
