import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { REPORT_ROLES } from "@/lib/annual-report/access";
import { loadDistrictReport } from "@/lib/annual-report/district";
import { renderReportTablesHtml } from "@/lib/annual-report/render-html";
import { districtSelectionSchema, reportYearSchema } from "@/lib/annual-report/schemas";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { Alert } from "@/components/ui/alert";
import "@/components/reports/report.css";

export const metadata: Metadata = { title: "年度报告汇总" };

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);

/** The district's 年度报告汇总 and the comparison of agencies (issue 15.3), for the platform's host. */
export default async function DistrictReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ agency?: string | string[] }>;
}) {
  const { year: yearText } = await params;
  const { agency = [] } = await searchParams;
  const path = `/staff/reports/${yearText}/district`;
  const actor = await requireRole(REPORT_ROLES, path);
  const year = reportYearSchema.safeParse(yearText);
  if (!year.success || !/^\d{4}$/.test(yearText)) notFound();
  const selection = districtSelectionSchema.safeParse(Array.isArray(agency) ? agency : [agency]);
  const chosen = selection.success ? selection.data : [];
  const district = await loadForPage(async () => loadDistrictReport(await getDb(), actor, year.data, chosen), path);
  const { report, agencies: checked } = district.consolidated;
  const query = district.agencies
    .filter((a) => a.selected && chosen.length > 0)
    .map((a) => `agency=${encodeURIComponent(a.code)}`)
    .join("&");

  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/staff">工作台</Link> › <Link href="/staff/reports">年度报告</Link> › {district.year}年度汇总
      </nav>
      <h1>
        {district.host.name}
        {district.year}年政府信息公开工作年度报告汇总
      </h1>
      {!selection.success ? <Alert kind="error">所选机关无法识别，已汇总本平台全部机关。</Alert> : null}
      <form method="get" className="panel" aria-label="选择汇总的机关">
        <fieldset>
          <legend>汇总的机关（不选则为全部）</legend>
          {district.agencies.map((a) => (
            <label key={a.code} style={{ display: "flex", gap: 8, alignItems: "center", fontWeight: 400 }}>
              <input type="checkbox" name="agency" value={a.code} defaultChecked={chosen.length > 0 && a.selected} />
              {a.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">
          汇总
        </button>{" "}
        <a href={`/api/staff/reports/${district.year}/district/xlsx${query ? `?${query}` : ""}`} download>
          下载汇总表格（XLSX）
        </a>
      </form>

      {report.invariantsOk ? (
        <Alert kind="success">汇总数据校验通过：各列“一 + 二 = 三（七） + 四”，各小计和总计均相符。</Alert>
      ) : (
        <Alert kind="error">汇总数据有{report.violations.length}处不相符，请核对下列机关的报告。</Alert>
      )}

      <section className="panel" aria-labelledby="comparison-heading">
        <h2 id="comparison-heading">各机关对比</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">机关</th>
                <th scope="col">报告</th>
                <th scope="col">本年新收</th>
                <th scope="col">上年结转</th>
                <th scope="col">本年办结</th>
                <th scope="col">结转下年</th>
                <th scope="col">予以公开、部分公开</th>
                <th scope="col">不予公开</th>
                <th scope="col">无法提供</th>
                <th scope="col">不予处理</th>
                <th scope="col">其他处理</th>
                <th scope="col">按期答复率（扣除法定中止期间）</th>
                <th scope="col">收取信息处理费（元）</th>
              </tr>
            </thead>
            <tbody>
              {district.comparison.map((c) => {
                const check = checked.find((a) => a.agencyCode === c.agencyCode);
                return (
                  <tr key={c.agencyCode}>
                    <th scope="row">{c.agencyName}</th>
                    <td>
                      {c.status === "published" ? "已发布" : "草稿"}
                      {check && !check.invariantsOk ? `（${check.violations.length}处不相符）` : ""}
                    </td>
                    <td>{c.received}</td>
                    <td>{c.carriedIn}</td>
                    <td>{c.finished}</td>
                    <td>{c.carriedOut}</td>
                    <td>{c.disclosed}</td>
                    <td>{c.notDisclosed}</td>
                    <td>{c.cannotProvide}</td>
                    <td>{c.notProcessed}</td>
                    <td>{c.otherHandling}</td>
                    <td>{percent(c.onTimeRate)}</td>
                    <td>{c.feesCollected}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="muted">按期答复率：答复日期不晚于依各申请的办理记录计算的答复期限（已扣除补正、征求意见、收费等法定不计算在内的期间并计入批准的延期）的答复所占比例，与“依申请公开办理情况”页面的口径相同。</p>
      </section>

      <section aria-labelledby="tables-heading">
        <h2 id="tables-heading">汇总表格</h2>
        <div className="annual-report" dangerouslySetInnerHTML={{ __html: renderReportTablesHtml(report) }} />
      </section>
    </>
  );
}
