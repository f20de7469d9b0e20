import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listMyApplications } from "@/lib/applications/my-applications";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { tableDate } from "@/lib/validation/display-dates";
import { PRIVACY_NOTICE_PATH } from "@/lib/applications/privacy-notice";

export const metadata: Metadata = { title: "我的申请" };

export default async function MyApplicationsPage() {
  const actor = await requireRole(["citizen"], "/account/applications");
  const applications = await loadForPage(async () => listMyApplications(await getDb(), actor), "/account/applications");
  return (
    <>
      <h1>我的申请</h1>
      <p>
        <Link className="button" href="/apply/new">
          提交新的申请
        </Link>
      </p>
      <section className="panel">
        {applications.length === 0 ? (
          <p>您还没有通过本账号提交的政府信息公开申请。</p>
        ) : (
          <table className="table">
            <caption className="muted" style={{ textAlign: "left" }}>
              通过本账号提交的申请（共 {applications.length} 件）
            </caption>
            <thead>
              <tr>
                <th scope="col">受理编号</th>
                <th scope="col">所需信息</th>
                <th scope="col">受理机关</th>
                <th scope="col">提交日期</th>
                <th scope="col">办理状态</th>
                <th scope="col">答复期限</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <td>
                    <Link href={`/account/applications/${application.id}`}>{application.caseNumber}</Link>
                  </td>
                  <td>
                    {application.firstItemTitle}
                    {application.itemCount > 1 ? <span className="muted"> 等 {application.itemCount} 项</span> : null}
                  </td>
                  <td>{application.agencyName}</td>
                  <td>{tableDate(application.submittedAt)}</td>
                  <td>{application.statusLabel}</td>
                  <td>{application.receivedOn ? (application.replyDueOn ?? "待定") : "确认收到后计算"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p className="muted">
        您的个人信息如何使用、保存多久、谁能看到，见<Link href={PRIVACY_NOTICE_PATH}>个人信息处理规则</Link>。
      </p>
    </>
  );
}
