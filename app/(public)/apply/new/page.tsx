import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { applicationFormContext } from "@/lib/applications/form-context";
import { getActor } from "@/lib/auth/session";
import { ApplicationForm } from "@/components/applications/application-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "填写政府信息公开申请表" };

export default async function NewApplicationPage() {
  const actor = await getActor();
  const { agencies, profile } = await applicationFormContext(await getDb(), actor);
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/apply">依申请公开</Link> › 填写申请表
      </nav>
      <h1>政府信息公开申请表</h1>
      <p className="muted">
        带 <span aria-hidden="true">*</span>（必填）的项目须填写。{actor ? null : <>已有账号？<Link href="/login?callbackUrl=%2Fapply%2Fnew">登录</Link>后提交，可在“我的申请”中查看进度。</>}
      </p>
      {actor && actor.role !== "citizen" ? (
        <Alert kind="info">您当前以工作人员账号登录，不能以申请人身份提交申请。请退出登录后提交；代申请人登记书面或口头申请，请使用工作台。</Alert>
      ) : null}
      <ApplicationForm agencies={agencies} profile={profile} />
    </>
  );
}
