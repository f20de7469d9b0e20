import type { Metadata } from "next";
import Link from "next/link";
import { LookupForm } from "@/components/applications/lookup-form";

export const metadata: Metadata = { title: "查询申请进度" };

export default function LookupPage() {
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/apply">依申请公开</Link> › 查询申请
      </nav>
      <h1>查询申请进度</h1>
      <p className="muted">无需登录。查询码只在提交凭证上显示；如遗失，请联系受理机关的政府信息公开工作机构。</p>
      <LookupForm />
    </>
  );
}
