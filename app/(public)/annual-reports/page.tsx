import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { cachedSearch } from "@/app/_catalogue/data";
import { GroupedDocumentList } from "@/components/catalogue/category-list-page";
import { formatDate } from "@/components/catalogue/format";
import { ANNUAL_REPORT_CATEGORY } from "@/lib/documents/category-tree";
import "@/components/catalogue/catalogue.css";

export const metadata: Metadata = { title: "政府信息公开年报" };

/** The year a report covers: the year in its title (reports are published early the next year). */
function reportYear(title: string, publishedAt: string): string {
  return /(\d{4})\s*年/.exec(title)?.[1] ?? String(Number(formatDate(publishedAt).slice(0, 4)) - 1);
}

/** 政府信息公开年报: documents of that category, by agency and year (条例第四十九条、第五十条). */
export default async function AnnualReportsPage() {
  await connection(); // a static route: rendered on request (cached data), never during `next build`, which has no database
  const result = await cachedSearch({ categoryCode: ANNUAL_REPORT_CATEGORY, pageSize: 100, sort: "date" });
  const groups = new Map<string, typeof result.items>();
  for (const item of result.items) {
    const heading = `${reportYear(item.title, item.publishedAt)}年度`;
    groups.set(heading, [...(groups.get(heading) ?? []), item]);
  }
  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/">政府信息公开</Link> › 政府信息公开年报
      </nav>
      <h1>政府信息公开年报</h1>
      <p className="muted">各机关于每年1月31日前公布上一年度政府信息公开工作年度报告（《条例》第四十九条）。</p>
      <p>
        <Link href="/performance">依申请公开办理情况</Link>：各机关和全区每月收到的申请、按时答复率（扣除依法不计入答复期限的期间）、答复用时、办理结果和收费，随办理记录更新，可下载 CSV 和 JSON 数据。
      </p>
      <GroupedDocumentList groups={[...groups].map(([heading, items]) => ({ heading, items }))} />
    </>
  );
}
