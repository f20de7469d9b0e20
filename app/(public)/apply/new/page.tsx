import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { applicationFormContext } from "@/lib/applications/form-context";
import { getActor } from "@/lib/auth/session";
import { ApplicationForm } from "@/components/applications/application-form";
import { Alert } from "@/components/ui/alert";
import { publicUrl } from "@/lib/config";
import { LOOKUP_PATH } from "@/lib/applications/lookup-path";
import { PRIVACY_NOTICE_PATH } from "@/lib/applications/privacy-notice";

export const metadata: Metadata = { title: "填写政府信息公开申请表" };

export default async function NewApplicationPage() {
  const actor = await getActor();
  const { agencies, profile } = await applicationFormContext(await getDb(), actor);
  return (
    <div className="apply-page">
      <nav className="breadcrumb form-instructions" aria-label="当前位置">
        <Link href="/apply">依申请公开</Link> › 填写申请表
      </nav>
      <h1 className="form-instructions">政府信息公开申请表</h1>
      <p className="muted form-instructions">
        带 <span aria-hidden="true">*</span>（必填）的项目须填写。{actor ? null : <>已有账号？<Link href="/login?callbackUrl=%2Fapply%2Fnew">登录</Link>后提交，可在“我的申请”中查看进度。</>}
        您填写的个人信息如何使用、保存多久、谁能看到，见<Link href={PRIVACY_NOTICE_PATH}>个人信息处理规则</Link>。
      </p>
      {actor && actor.role !== "citizen" ? (
        <div className="form-instructions">
          <Alert kind="info">您当前以工作人员账号登录，不能以申请人身份提交申请。请退出登录后提交；代申请人登记书面或口头申请，请使用工作台。</Alert>
        </div>
      ) : null}
      <ApplicationForm agencies={agencies} profile={profile} lookupUrl={publicUrl(LOOKUP_PATH)} />
    </div>
  );
}
