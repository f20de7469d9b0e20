import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getAgencyOverview } from "@/lib/agencies/overview";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { STAFF_ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "本机关设置概览" };

export default async function AgencyOverviewPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const path = `/staff/agency/${code}`;
  const actor = await requireRole(STAFF_ROLES, path);
  const agency = await loadForPage(async () => getAgencyOverview(await getDb(), actor, code), path);
  const office = agency.disclosureOffice;
  return (
    <>
      <h1>{agency.name}</h1>
      <section className="panel">
        <h2>基本信息</h2>
        <table className="table">
          <tbody>
            <tr>
              <th scope="row">统一社会信用代码</th>
              <td>{agency.code}</td>
            </tr>
            <tr>
              <th scope="row">简称</th>
              <td>{agency.shortName}</td>
            </tr>
            <tr>
              <th scope="row">文书编号前缀</th>
              <td>{agency.letterPrefix}〔年份〕序号号</td>
            </tr>
            <tr>
              <th scope="row">索引号模板</th>
              <td>{agency.indexNumberTemplate}</td>
            </tr>
            <tr>
              <th scope="row">行政复议机关</th>
              <td>{agency.reconsiderationBody}</td>
            </tr>
            <tr>
              <th scope="row">管辖法院</th>
              <td>{agency.court}</td>
            </tr>
            <tr>
              <th scope="row">工作人员数</th>
              <td>{agency.staffCount}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section className="panel">
        <h2>政府信息公开工作机构</h2>
        <p>
          {office.name}
          <br />
          地址：{office.address}（邮编 {office.postcode}）
          <br />
          办公时间：{office.hours}
          <br />
          电话：{office.phone} · 传真：{office.fax} · 电子邮箱：{office.email}
        </p>
      </section>
      <section className="panel">
        <h2>办理政策设置</h2>
        <ul>
          <li>收费通知至缴费期间{agency.policy.feePausesClock ? "不计入" : "计入"}答复期限</li>
          <li>网上申请的收费通知{agency.policy.onlineFeeNoticeReceivedWhenSent ? "于发出当日视为收到" : "由经办人记录送达日期"}</li>
          <li>网上获取、电子邮件送达的文书{agency.policy.electronicLetterDeliveredWhenSent ? "于出具（邮件发出）当日视为送达" : "由经办人记录送达日期"}</li>
          <li>告知第三方后的等待公开期{agency.policy.releaseWaitPausesClock ? "不计入" : "计入"}答复期限</li>
          <li>补正期限：{agency.policy.correctionDeadlineWorkingDays} 个工作日</li>
          <li>到期提醒：提前 {agency.policy.reminderWorkingDays.join("、")} 个工作日</li>
          <li>年度报告发布期限：每年 {agency.policy.annualReportDueOn}</li>
        </ul>
      </section>
    </>
  );
}
