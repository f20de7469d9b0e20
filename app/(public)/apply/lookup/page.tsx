import type { Metadata } from "next";
import Link from "next/link";
import { LookupForm } from "@/components/applications/lookup-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "查询申请进度" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LookupPage({ searchParams }: { searchParams: SearchParams }) {
  const ended = (await searchParams).ended === "1";
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/apply">依申请公开</Link> › 查询申请
      </nav>
      <h1>查询申请进度</h1>
      {ended ? <Alert kind="success">已退出查询。再次办理请重新输入查询码和联系电话。</Alert> : null}
      <p className="muted">无需登录。查询码只在提交凭证上显示；如遗失，请联系受理机关的政府信息公开工作机构。</p>
      <LookupForm />
    </>
  );
}
