import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "我的申请" };

export default async function MyApplicationsPage() {
  await requireRole(["citizen"], "/account/applications");
  return (
    <>
      <h1>我的申请</h1>
      <section className="panel">
        <p>您还没有通过本账号提交的政府信息公开申请。</p>
      </section>
    </>
  );
}
