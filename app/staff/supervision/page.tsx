import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { loadForPage } from "@/lib/auth/page-guard";
import { SUPERVISOR_ROLE } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { DUE_SOON_WORKING_DAYS, loadSupervisionOverview } from "@/lib/supervision/overview";
import { SupervisionNoteForm } from "@/components/supervision/supervision-note-form";

export const metadata: Metadata = { title: "督办" };

/** The district 政务公开办's 督办 page (issue 15.2): every agency's queue, counts and case numbers only. */
export default async function SupervisionPage() {
  const actor = await requireRole([SUPERVISOR_ROLE], "/staff/supervision");
  const overview = await loadForPage(async () => loadSupervisionOverview(await getDb(), actor), "/staff/supervision");
  return (
    <>
      <h1>依申请公开督办</h1>
      <p className="muted">
        截至 {overview.today}。“临期”为 {DUE_SOON_WORKING_DAYS} 个工作日内（{overview.dueSoonBy} 前）到期。督办人只能查看汇总情况和受理编号、发送督办，不能办理申请，也不能查看申请人身份信息。
      </p>
      <section className="panel" aria-labelledby="queues-heading">
        <h2 id="queues-heading">各机关办理情况</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">机关</th>
                <th scope="col">办理中</th>
                <th scope="col">临期</th>
                <th scope="col">已超期</th>
                <th scope="col">收费通知待申请人答复</th>
                <th scope="col">年度报告</th>
                <th scope="col">未处理的督办</th>
              </tr>
            </thead>
            <tbody>
              {overview.agencies.map((a) => (
                <tr key={a.code}>
                  <th scope="row">{a.name}</th>
                  <td>{a.open}</td>
                  <td>{a.dueSoon}</td>
                  <td>{a.overdue}</td>
                  <td>{a.unansweredFeeNotices}</td>
                  <td>{a.lateReport ? `${a.lateReport.year}年度报告逾期未发布（应于${a.lateReport.dueOn}前）` : "按期"}</td>
                  <td>{a.openNotes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {overview.agencies
        .filter((a) => a.overdueCases.length > 0)
        .map((a) => (
          <section key={a.code} className="panel" aria-labelledby={`overdue-${a.code}`}>
            <h2 id={`overdue-${a.code}`}>{a.name} · 已超期的申请</h2>
            <ul>
              {a.overdueCases.map((c) => (
                <li key={c.caseNumber}>
                  {c.caseNumber}（{c.statusLabel}，答复期限 {c.replyDueOn ?? "—"}）
                </li>
              ))}
            </ul>
          </section>
        ))}
      <section className="panel" aria-labelledby="note-heading">
        <h2 id="note-heading">发送督办</h2>
        <SupervisionNoteForm agencies={overview.agencies.map((a) => ({ code: a.code, name: a.name }))} />
      </section>
    </>
  );
}
