import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getAgencyById } from "@/db/queries/agencies";
import { requireRole } from "@/lib/auth/session";
import { STAFF_ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { missingNextCalendarYear } from "@/lib/calendar/admin";
import { REPORT_ROLES } from "@/lib/annual-report/access";
import { annualReportReminder } from "@/lib/annual-report/desk-reminder";
import { Alert } from "@/components/ui/alert";
import { CalendarNotice } from "@/components/admin/calendar-notice";
import { listMovedDeadlines } from "@/lib/applications/workbench/moved-deadlines";
import { listInbox, WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";

export const metadata: Metadata = { title: "工作台" };

export default async function StaffHomePage() {
  const actor = await requireRole(STAFF_ROLES, "/staff");
  const db = await getDb();
  const agency = actor.agencyId ? await getAgencyById(db, actor.agencyId) : undefined;
  const missingYear = await missingNextCalendarYear(db);
  const reportReminder = agency ? await annualReportReminder(db, actor, agency) : null;
  const preparesReport = (REPORT_ROLES as readonly string[]).includes(actor.role);
  const works = (WORKBENCH_ROLES as readonly string[]).includes(actor.role);
  const moved = works ? await listMovedDeadlines(db, actor) : [];
  const counts = works ? (await listInbox(db, actor, {})).counts : null;
  return (
    <>
      <h1>工作台</h1>
      <p>
        {agency?.name} · {actor.name}（{ROLE_LABELS[actor.role]}）
      </p>
      <CalendarNotice missingYear={missingYear} showLink={actor.role === "admin"} />
      {reportReminder ? (
        <Alert kind="info">
          {reportReminder.year}年政府信息公开工作年度报告应于{reportReminder.dueOn}前发布（条例第四十九条）。
          <Link href={`/staff/reports/${reportReminder.year}`}>编制年度报告</Link>
        </Alert>
      ) : null}
      {moved.length > 0 ? (
        <Alert kind="info">
          工作日历调整后，本机关有{moved.length}件办理中申请的答复期限发生变动。<Link href="/staff/applications#moved-deadlines">查看变动清单</Link>
        </Alert>
      ) : null}
      <div className="grid">
        {actor.role === "clerk" || actor.role === "reviewer" || actor.role === "admin" ? (
          <section className="card">
            <h2>
              <Link href="/staff/applications">依申请公开收件箱</Link>
            </h2>
            <p>确认收到、补正、征求意见、延期、起草和审核答复；逾期和即将到期的申请醒目提示。</p>
            {counts ? (
              <ul className="queue-counts" aria-label="各队列数量">
                <li>
                  <Link href="/staff/applications?status=submitted">待确认收到：{counts.unconfirmed}</Link>
                </li>
                <li>补正期限已届满，待确认：{counts.correctionExpired}</li>
                <li>办理中：{counts.open}</li>
                <li>
                  <Link href="/staff/applications?overdue=1">已逾期：{counts.overdue}</Link>
                </li>
                <li>
                  <Link href="/staff/applications?dueWithin=3">即将到期：{counts.dueSoon}</Link>
                </li>
                <li>
                  <Link href="/staff/applications?mine=1">指定我办理的</Link>
                </li>
              </ul>
            ) : null}
          </section>
        ) : null}
        {preparesReport ? (
          <section className="card">
            <h2>
              <Link href="/staff/reports">政府信息公开工作年度报告</Link>
            </h2>
            <p>按办理记录自动统计年度报告各表，填写其余数据和文字部分，校验后发布并导出表格。</p>
          </section>
        ) : null}
        {actor.role === "clerk" || actor.role === "reviewer" || actor.role === "admin" ? (
          <section className="card">
            <h2>
              <Link href="/staff/statistics">依申请公开统计</Link>
            </h2>
            <p>每月收件、办理结果、按时答复率、平均答复用时和收费情况。</p>
          </section>
        ) : null}
        {agency ? (
          <section className="card">
            <h2>
              <Link href={`/staff/agency/${agency.code}`}>本机关设置概览</Link>
            </h2>
            <p>政府信息公开工作机构联系方式、文书编号、救济途径和办理政策设置。</p>
          </section>
        ) : null}
        {actor.role === "publisher" || actor.role === "admin" ? (
          <section className="card">
            <h2>
              <Link href="/staff/documents">主动公开信息发布</Link>
            </h2>
            <p>新建、编辑、发布和撤回主动公开的政府信息，查看即将到期和逾期公开的文件。</p>
          </section>
        ) : null}
        {actor.role === "admin" ? (
          <section className="card">
            <h2>
              <Link href="/admin/categories">目录分类管理</Link>
            </h2>
            <p>添加、改名、排序和停用目录分类。</p>
          </section>
        ) : null}
        {actor.role === "admin" ? (
          <section className="card">
            <h2>
              <Link href="/admin">系统管理</Link>
            </h2>
            <p>用户、工作日历、本机关设置和操作日志。</p>
          </section>
        ) : null}
      </div>
    </>
  );
}
