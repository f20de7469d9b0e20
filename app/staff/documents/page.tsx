import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/session";
import { listDeskDocuments, listTimelinessAlerts } from "@/lib/documents/desk";
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES } from "@/lib/documents/labels";
import { PUBLISHER_ROLES } from "@/lib/documents/publishing";
import { PUBLICATION_WORKING_DAYS } from "@/lib/documents/rules";
import { pageNumber } from "@/lib/validation/page-number";
import { DeskTable } from "@/components/desk/desk-table";
import { Pagination } from "@/components/catalogue/pagination";
import "@/components/catalogue/catalogue.css";

export const metadata: Metadata = { title: "主动公开信息发布" };

const PAGE_SIZE = 50;

/** The publisher's desk: 条例第二十六条 alerts first, then every document of the agency. */
export default async function DeskPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const actor = await requireRole(PUBLISHER_ROLES, "/staff/documents");
  const { status, page: pageText } = await searchParams;
  const page = pageNumber(pageText);
  const db = await getDb();
  const [alerts, list] = await Promise.all([
    listTimelinessAlerts(db, actor),
    listDeskDocuments(db, actor, { status, page, pageSize: PAGE_SIZE }),
  ]);
  return (
    <>
      <h1>主动公开信息发布</h1>
      <p>
        <Link className="button" href="/staff/documents/new">
          新建文件
        </Link>
      </p>
      <section className="panel">
        <h2>即将到期和已超期的草稿（条例第二十六条：成文或变更之日起 {PUBLICATION_WORKING_DAYS} 个工作日内公开）</h2>
        <DeskTable items={alerts.dueSoon} />
      </section>
      <section className="panel">
        <h2>逾期公开的文件（共 {alerts.lateCount} 件，计入统计）</h2>
        <DeskTable items={alerts.late} />
      </section>
      <section className="panel">
        <h2>全部文件</h2>
        <nav aria-label="按状态筛选">
          <Link href="/staff/documents" aria-current={!status ? "page" : undefined}>
            全部
          </Link>
          {DOCUMENT_STATUSES.map((value) => (
            <span key={value}>
              {" · "}
              <Link href={`/staff/documents?status=${value}`} aria-current={status === value ? "page" : undefined}>
                {DOCUMENT_STATUS_LABELS[value]}
              </Link>
            </span>
          ))}
        </nav>
        <DeskTable items={list.items} />
        <Pagination total={list.total} page={page} pageSize={PAGE_SIZE} basePath="/staff/documents" params={{ status }} />
      </section>
    </>
  );
}
