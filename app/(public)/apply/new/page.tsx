import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { applicationFormContext } from "@/lib/applications/form-context";
import { getActor } from "@/lib/auth/session";
import { ApplicationForm } from "@/components/applications/application-form";

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
      <ApplicationForm agencies={agencies} profile={profile} />
    </>
  );
}
