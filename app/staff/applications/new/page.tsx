import "../workbench.css";
import "@/components/applications/applications.css";
import type { Metadata } from "next";
import Link from "next/link";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies } from "@/db/schema";
import { requireRole } from "@/lib/auth/session";
import { chinaDate } from "@/lib/validation/china-date";
import { RegistrationForm } from "@/components/workbench/registration-form";

export const metadata: Metadata = { title: "登记线下申请" };

/** 登记线下申请 (条例第二十九、三十一条): the agency's clerks register what came by letter, fax, e-mail, in person or orally. */
export default async function RegisterApplicationPage() {
  const actor = await requireRole(["clerk"], "/staff/applications/new");
  const [agency] = await (await getDb()).select({ code: agencies.code }).from(agencies).where(eq(agencies.id, actor.agencyId!));
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/staff">工作台</Link> › <Link href="/staff/applications">依申请公开</Link> › 登记线下申请
      </nav>
      <h1>登记线下申请</h1>
      <p className="muted">
        当面、信函、传真、电子邮件提交的申请，或申请人书写确有困难、口头提出由工作人员代为填写的申请（条例第二十九条），在此登记。登记即确认收到，并出具《申请接收回执》。带
        <span aria-hidden="true">*</span>的项目须填写。
      </p>
      <RegistrationForm agencyCode={agency?.code ?? ""} today={chinaDate(new Date())} />
    </>
  );
}
