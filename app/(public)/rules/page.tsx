import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { cachedSearch } from "@/app/_catalogue/data";
import { GroupedDocumentList } from "@/components/catalogue/category-list-page";
import { DISCLOSURE_RULES_CATEGORY } from "@/lib/documents/category-tree";
import "@/components/catalogue/catalogue.css";

export const metadata: Metadata = { title: "政府信息公开制度" };

/** 政府信息公开制度: the rules each agency follows (documents of that category), by agency. */
export default async function RulesPage() {
  await connection(); // a static route: rendered on request (cached data), never during `next build`, which has no database
  const result = await cachedSearch({ categoryCode: DISCLOSURE_RULES_CATEGORY, pageSize: 100, sort: "date" });
  const groups = new Map<string, typeof result.items>();
  for (const item of result.items) groups.set(item.agency.name, [...(groups.get(item.agency.name) ?? []), item]);
  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/">政府信息公开</Link> › 政府信息公开制度
      </nav>
      <h1>政府信息公开制度</h1>
      <GroupedDocumentList groups={[...groups].map(([heading, items]) => ({ heading, items }))} />
    </>
  );
}
