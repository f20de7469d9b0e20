import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { AUDIT_ACTION_LABELS, auditActionLabel, listAuditEntries, verifyAgencyAuditChain, type AuditFilter } from "@/lib/audit";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { ValidationError } from "@/lib/errors";
import { queryObject } from "@/lib/calculators/schemas";
import { Alert } from "@/components/ui/alert";
import { formatChinaTime } from "@/components/admin/format-time";

export const metadata: Metadata = { title: "操作日志" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pageHref(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["action", "actor", "from", "to"] as const) if (filter[key]) params.set(key, filter[key]);
  params.set("page", String(page));
  return `/admin/audit?${params.toString()}`;
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  return <code className="audit-json">{JSON.stringify(value)}</code>;
}

export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole(["admin"], "/admin/audit");
  const db = await getDb();
  const query = queryObject(await searchParams);
  const { verify, ...filterInput } = query;
  // A mistyped filter shows its Chinese reason above the unfiltered list.
  const { page, filterError } = await listAuditEntries(db, actor, filterInput).then(
    (result) => ({ page: result, filterError: undefined }),
    async (error: unknown) => {
      if (!(error instanceof ValidationError)) throw error;
      return { page: await listAuditEntries(db, actor, {}), filterError: error.message };
    },
  );
  const verification = verify ? await verifyAgencyAuditChain(db, actor) : undefined;
  const { filter } = page;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">系统管理</Link> › 操作日志
      </p>
      <h1>操作日志</h1>
      <p className="muted">
        本机关全部特权操作（登录、账号、工作日历、机关设置、查看身份证件号码等）的只追加记录。每条记录带有上一条记录的哈希值，任何修改或删除都会被校验发现。
      </p>
      <section className="panel no-print">
        <h2>校验日志链</h2>
        {verification ? (
          verification.ok ? (
            <Alert kind="success">校验通过：本机关日志链完整，共 {verification.checked} 条记录均未被修改或删除。</Alert>
          ) : (
            <Alert kind="error">
              校验未通过：第 {verification.brokenEntryId} 号记录
              {verification.reason === "hash" ? "的内容与其哈希值不符（记录被修改）" : "与上一条记录衔接不上（之前的记录被删除、插入或调换）"}
              。此前 {verification.checked} 条记录完好。请立即报告本机关负责人和信息化主管部门，并以备份核对。
            </Alert>
          )
        ) : null}
        <form method="get">
          <input type="hidden" name="verify" value="1" />
          <button className="button secondary" type="submit">
            校验日志链
          </button>
        </form>
      </section>
      <section className="panel no-print">
        <h2>筛选</h2>
        {filterError ? <Alert kind="error">{filterError}</Alert> : null}
        <form method="get" className="filter-form">
          <div className="field">
            <label htmlFor="action">操作类型</label>
            <select id="action" name="action" defaultValue={filter.action}>
              <option value="">全部</option>
              {Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="actor">操作人</label>
            <input id="actor" name="actor" defaultValue={filter.actor} />
          </div>
          <div className="field">
            <label htmlFor="from">开始日期</label>
            <input id="from" name="from" type="date" defaultValue={filter.from} />
          </div>
          <div className="field">
            <label htmlFor="to">结束日期</label>
            <input id="to" name="to" type="date" defaultValue={filter.to} />
          </div>
          <div>
            <button className="button" type="submit">
              筛选
            </button>
          </div>
        </form>
      </section>
      <section className="panel">
        <h2>记录（共 {page.total} 条）</h2>
        {page.entries.length === 0 ? (
          <p>没有符合条件的记录。</p>
        ) : (
          <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">编号</th>
                <th scope="col">时间</th>
                <th scope="col">操作人</th>
                <th scope="col">操作</th>
                <th scope="col">对象</th>
                <th scope="col">来源 IP</th>
                <th scope="col">修改前</th>
                <th scope="col">修改后</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.id}</td>
                  <td>{formatChinaTime(entry.at)}</td>
                  <td>
                    {entry.actorName}
                    {entry.actorRole ? <span className="muted">（{ROLE_LABELS[entry.actorRole as Role]}）</span> : null}
                  </td>
                  <td>{auditActionLabel(entry.action)}</td>
                  <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "—"}</td>
                  <td>{entry.ip ?? "—"}</td>
                  <td>
                    <Json value={entry.before} />
                  </td>
                  <td>
                    <Json value={entry.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
        {page.pageCount > 1 ? (
          <nav aria-label="分页" className="no-print">
            <p>
              第 {filter.page} / {page.pageCount} 页
              {filter.page > 1 ? (
                <>
                  {" · "}
                  <Link href={pageHref(filter, filter.page - 1)}>上一页</Link>
                </>
              ) : null}
              {filter.page < page.pageCount ? (
                <>
                  {" · "}
                  <Link href={pageHref(filter, filter.page + 1)}>下一页</Link>
                </>
              ) : null}
            </p>
          </nav>
        ) : null}
      </section>
    </>
  );
}
