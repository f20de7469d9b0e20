import "@/components/charts/statistics.css";
import type { Metadata } from "next";
import Link from "next/link";
import { cachedPerformance, cachedPerformanceAgencies } from "@/app/_statistics/data";
import { BarChart } from "@/components/charts/bar-chart";
import { Alert } from "@/components/ui/alert";
import { defaultPerformanceYear, performanceQuerySchema } from "@/lib/annual-report/statistics/performance-query";
import { NotFoundError } from "@/lib/errors";
import { chinaDateTime, chinaToday } from "@/lib/validation/china-date";

export const metadata: Metadata = { title: "依申请公开办理情况" };

type Search = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);
const yuan = (amount: number) => `${amount.toLocaleString("zh-CN")}元`;
const days = (value: number | null) => (value === null ? "—" : `${Number.isInteger(value) ? value : value.toFixed(1)}个工作日`);

/**
 * 依申请公开办理情况 (issue 15 item 4): per agency or for the whole district, a year's applications per
 * month, the share answered within the legal time limit net of the legal pauses (条例第三十三条;
 * workflow.md §4), the median working days to reply, decisions by table 三 row and fees — with how
 * they are computed, SVG charts beside their data tables, and the data as CSV and JSON. Rendered per
 * request (it reads ?agency=&year=) from the cached figures (app/_statistics/data.ts).
 */
export default async function PerformancePage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const today = chinaToday();
  const asked = { agency: first(search.agency), year: first(search.year) };
  const parsed = performanceQuerySchema(today).safeParse(asked);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const query = parsed.success ? parsed.data : { agency: null, year: defaultPerformanceYear(today) };
  const agencies = await cachedPerformanceAgencies();
  let performance;
  try {
    performance = await cachedPerformance(query.agency, query.year);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    problems.push(error.message);
    performance = await cachedPerformance(null, query.year);
  }
  const scopeName = performance.scope.name;
  const currentYear = Number(today.slice(0, 4));
  const years = Array.from({ length: Math.min(6, currentYear - 2007) }, (_, i) => currentYear - i);
  const dataQuery = new URLSearchParams({ year: String(performance.year), ...(performance.scope.kind === "agency" ? { agency: performance.scope.code } : {}) }).toString();
  const { replies } = performance;
  const timeliness = [
    { label: "按时答复", value: replies.onTime },
    { label: "逾期答复", value: replies.late },
    ...(replies.unknown > 0 ? [{ label: "期限待定", value: replies.unknown }] : []),
  ];
  const decisionRows = performance.decisions.filter((d) => d.count > 0);

  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/">政府信息公开</Link> › <Link href="/annual-reports">政府信息公开年报</Link> › 依申请公开办理情况
      </nav>
      <h1>
        {scopeName}
        {performance.year}年依申请公开办理情况
      </h1>
      {problems.map((problem) => (
        <Alert key={problem} kind="error">
          {problem}已显示{scopeName}
          {performance.year}年的数据。
        </Alert>
      ))}
      <form method="get" className="panel" aria-label="选择机关和年度">
        <div className="field">
          <label htmlFor="performance-agency">机关</label>
          <select id="performance-agency" name="agency" defaultValue={performance.scope.kind === "agency" ? performance.scope.code : ""}>
            <option value="">全区（全部机关）</option>
            {agencies.map((agency) => (
              <option key={agency.code} value={agency.code}>
                {agency.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="performance-year">统计年度</label>
          <select id="performance-year" name="year" defaultValue={String(performance.year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          查看
        </button>
      </form>

      <ul className="stat-cards" aria-label="主要指标">
        <li>
          本年收到申请<strong>{performance.received}件</strong>
        </li>
        <li>
          按时答复率<strong>{percent(replies.onTimeRate)}</strong>
          答复{replies.total}件，按时{replies.onTime}件，逾期{replies.late}件{replies.unknown > 0 ? `，期限待定${replies.unknown}件` : ""}
        </li>
        <li>
          答复用时中位数<strong>{days(replies.medianWorkingDays)}</strong>
          已扣除依法不计入答复期限的期间
        </li>
        <li>
          终止办理未答复<strong>{performance.closedWithoutReply}件</strong>
          撤回、视为放弃等
        </li>
        <li>
          信息处理费<strong>{yuan(performance.fees.collected)}</strong>
          收费通知{performance.fees.noticesIssued}件，共{yuan(performance.fees.noticesAmount)}
        </li>
      </ul>
      <p>
        下载数据：<a href={`/api/v1/statistics/performance/csv?${dataQuery}`}>CSV 表格</a> ·{" "}
        <a href={`/api/v1/statistics/performance?${dataQuery}`}>JSON 数据</a>
        <span className="muted">（统计时间：{chinaDateTime(performance.computedAt)}，每小时更新）</span>
      </p>

      <section aria-labelledby="method">
        <h2 id="method">统计口径</h2>
        <ol>
          {performance.method.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="per-month">
        <h2 id="per-month">每月收到申请</h2>
        <BarChart id="performance-month" title={`${scopeName}${performance.year}年每月收到申请件数`} bars={performance.perMonth} unit="件" />
        <table className="table">
          <caption>每月收到申请（件）</caption>
          <thead>
            <tr>
              {performance.perMonth.map((bar) => (
                <th key={bar.label} scope="col">
                  {bar.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {performance.perMonth.map((bar) => (
                <td key={bar.label}>{bar.value}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="timeliness">
        <h2 id="timeliness">答复是否在法定期限内</h2>
        <BarChart id="performance-timeliness" title={`${scopeName}${performance.year}年答复的及时情况`} bars={timeliness} unit="件" orientation="horizontal" />
        <table className="table">
          <caption>答复的及时情况（扣除依法中止期间）</caption>
          <tbody>
            <tr>
              <th scope="row">本年答复</th>
              <td>{replies.total}件</td>
            </tr>
            {timeliness.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.value}件</td>
              </tr>
            ))}
            <tr>
              <th scope="row">按时答复率</th>
              <td>{percent(replies.onTimeRate)}</td>
            </tr>
            <tr>
              <th scope="row">答复用时中位数</th>
              <td>{days(replies.medianWorkingDays)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="decisions">
        <h2 id="decisions">办理结果</h2>
        <BarChart id="performance-decisions" title={`${scopeName}${performance.year}年办结申请的办理结果`} bars={performance.decisionGroups} unit="件" orientation="horizontal" />
        {decisionRows.length > 0 ? (
          <table className="table">
            <caption>办理结果（年度报告表三行次，件）</caption>
            <thead>
              <tr>
                <th scope="col">办理结果</th>
                <th scope="col">件数</th>
              </tr>
            </thead>
            <tbody>
              {decisionRows.map((row) => (
                <tr key={row.row}>
                  <th scope="row">{row.label}</th>
                  <td>{row.count}</td>
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
