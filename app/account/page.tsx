import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { PRIVACY_NOTICE_PATH } from "@/lib/applications/privacy-notice";

export const metadata: Metadata = { title: "我的账号" };

export default async function AccountPage() {
  const actor = await requireRole(["citizen"], "/account");
  return (
    <>
      <h1>您好，{actor.name}</h1>
      <div className="grid">
        <section className="card">
          <h2>
            <Link href="/account/applications">我的申请</Link>
          </h2>
          <p>查看本人提交的政府信息公开申请、办理进度、答复期限和文书。</p>
        </section>
        <section className="card">
          <h2>
            <Link href="/apply">提交新申请</Link>
          </h2>
          <p>在线填写政府信息公开申请表。</p>
        </section>
      </div>
      <p className="muted">
        您的个人信息如何使用、保存多久、谁能看到，见<Link href={PRIVACY_NOTICE_PATH}>个人信息处理规则</Link>。
      </p>
    </>
  );
}
