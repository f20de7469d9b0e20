import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getAgencyById } from "@/db/queries/agencies";
import { requireRole } from "@/lib/auth/session";
import { missingNextCalendarYear } from "@/lib/calendar/admin";
import { CalendarNotice } from "@/components/admin/calendar-notice";

export const metadata: Metadata = { title: "系统管理" };

const SECTIONS = [
  { href: "/admin/users", title: "用户管理", text: "为本机关工作人员创建账号、分配角色。" },
  { href: "/admin/calendar", title: "工作日历", text: "录入和更正国务院办公厅公布的放假安排（节假日和调休上班日）。" },
  { href: "/admin/agency", title: "本机关设置", text: "机关名称、文书编号、索引号模板、救济途径、公开工作机构联系方式、网站标识和办理政策。" },
  { href: "/admin/categories", title: "目录分类管理", text: "添加、改名、排序和停用政府信息公开目录的分类，原有文件不受影响。" },
  { href: "/admin/audit", title: "操作日志", text: "查看本机关全部特权操作记录，校验日志链是否完整。" },
  { href: "/admin/api-keys", title: "开放接口密钥", text: "为其他政务服务平台签发、停用提交申请的开放接口密钥。" },
] as const;

export default async function AdminHomePage() {
  const actor = await requireRole(["admin"], "/admin");
  const db = await getDb();
  const agency = actor.agencyId ? await getAgencyById(db, actor.agencyId) : undefined;
  const missingYear = await missingNextCalendarYear(db);
  return (
    <>
      <h1>系统管理</h1>
      <p>
        {agency?.name} · {actor.name}（系统管理员）
      </p>
      <CalendarNotice missingYear={missingYear} showLink />
      <div className="grid">
        {SECTIONS.map((section) => (
          <section className="card" key={section.href}>
            <h2>
              <Link href={section.href}>{section.title}</Link>
            </h2>
            <p>{section.text}</p>
          </section>
        ))}
        <section className="card">
          <h2>
            <Link href="/staff">工作台</Link>
          </h2>
          <p>返回本机关工作台。</p>
        </section>
      </div>
    </>
  );
}
