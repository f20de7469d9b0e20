import "@/components/charts/statistics.css";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/session";
import { loadForPage } from "@/lib/auth/page-guard";
import { loadStatistics, STATISTICS_ROLES } from "@/lib/annual-report/statistics/load-statistics";
import { chinaToday } from "@/lib/validation/china-date";
import { BarChart } from "@/components/charts/bar-chart";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "依申请公开统计" };

type Search = Record<string, string | string[] | undefined>;

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);
const yuan = (amount: number) => `${amount.toLocaleString("zh-CN")}元`;

/** 依申请公开统计 for the agency's clerks, reviewers and admin: every figure from SQL, charts as inline SVG. */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(STATISTICS_ROLES, "/staff/statistics");
  const search = await searchParams;
  const currentYear = Number(chinaToday().slice(0, 4));
  const asked = Array.isArray(search.year) ? search.year[0] : search.year;
  const valid = asked === undefined || (/^\d{4}$/.test(asked) && Number(asked) >= 2008 && Number(asked) <= currentYear);
  const year = valid && asked !== undefined ? Number(asked) : currentYear;
  const stats = await loadForPage(async () => loadStatistics(await getDb(), actor, year), "/staff/statistics");
  const years = Array.from({ length: Math.min(6, currentYear - 2007) }, (_, i) => currentYear - i);

  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/staff">工作台</Link> › 依申请公开统计
      </nav>
      <h1>{year}年依申请公开统计</h1>
      {valid ? null : <Alert kind="error">年份“{asked}”无效，应为2008年至{currentYear}年之间的四位年份；已显示{currentYear}年。</Alert>}
      <form method="get" className="panel" aria-label="选择年份">
        <div className="field">
          <label htmlFor="stat-year">统计年度</label>
          <select id="stat-year" name="year" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">查看</button>
      </form>

      <ul className="stat-cards" aria-label="主要指标">
        <li>
          本年新收申请<strong>{stats.received}件</strong>
        </li>
        <li>
          本年办结<strong>{stats.finished}件</strong>
        </li>
        <li>
          按时答复率<strong>{percent(stats.replies.onTimeRate)}</strong>
          答复{stats.replies.total}件，按时{stats.replies.onTime}件，逾期{stats.replies.late}件
          {stats.replies.unknown > 0 ? `，期限待定${stats.replies.unknown}件` : ""}
        </li>
        <li>
          平均答复用时
          <strong>{stats.replies.averageWorkingDays === null ? "—" : `${stats.replies.averageWorkingDays.toFixed(1)}个工作日`}</strong>
        </li>
        <li>
          收费通知<strong>{stats.fees.noticesIssued}件</strong>
          共{yuan(stats.fees.noticesAmount)}，实收{yuan(stats.fees.collected)}
        </li>
      </ul>
      <p className="muted">
        按时答复：答复之日不晚于答复期限（依法扣除征求意见、缴费等中止期间后计算，条例第三十三条）。平均答复用时：自答复期限起算日（补正的，自收到补正之日，条例第三十条）至答复之日的工作日数，含中止期间。撤回、视为放弃等终止办理的申请不计入答复。
      </p>

      <section aria-labelledby="per-month">
        <h2 id="per-month">每月新收申请</h2>
        <BarChart id="chart-month" title={`${year}年每月新收申请件数`} bars={stats.perMonth} unit="件" />
        <table className="table">
          <caption>每月新收申请（件）</caption>
          <thead>
            <tr>
              {stats.perMonth.map((bar) => (
                <th key={bar.label} scope="col">
                  {bar.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {stats.perMonth.map((bar) => (
                <td key={bar.label}>{bar.value}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="by-decision">
        <h2 id="by-decision">办理结果</h2>
        <BarChart id="chart-decision" title={`${year}年办结申请的办理结果`} bars={stats.decisionGroups} unit="件" orientation="horizontal" />
        {stats.decisionRows.length > 0 ? (
          <table className="table">
            <caption>办理结果明细（年报表三行次，件）</caption>
            <thead>
              <tr>
                <th scope="col">办理结果</th>
                <th scope="col">件数</th>
              </tr>
            </thead>
            <tbody>
              {stats.decisionRows.map((row) => (
                <tr key={row.row}>
                  <th scope="row">{row.label}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>本年度没有办结的申请。</p>
        )}
      </section>
    </>
  );
}
