import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getAgencyById } from "@/db/queries/agencies";
import { getAgencySettings } from "@/lib/agencies/settings";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { SEAL_UPLOAD } from "@/lib/agencies/seal";
import { AgencySettingsForm } from "@/components/admin/agency-settings-form";
import { SealUpload } from "@/components/admin/seal-upload";

export const metadata: Metadata = { title: "本机关设置" };

export default async function AdminAgencyPage() {
  const actor = await requireRole(["admin"], "/admin/agency");
  const db = await getDb();
  const agency = actor.agencyId ? await getAgencyById(db, actor.agencyId) : undefined;
  const { code, ...settings } = await loadForPage(() => getAgencySettings(db, actor, agency?.code ?? ""), "/admin/agency");
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">系统管理</Link> › 本机关设置
      </p>
      <h1>本机关设置</h1>
      <p className="muted">
        统一社会信用代码：{code}。修改只影响此后生成的文书、索引号和页面；已发出的文书不作改动。每次修改都记入操作日志。
      </p>
      <AgencySettingsForm initial={settings} />
      <section className="panel" aria-labelledby="seal-heading">
        <h2 id="seal-heading">文书印章</h2>
        <SealUpload hasSeal={Boolean(agency?.sealStorageKey)} hint={SEAL_UPLOAD.hint} />
      </section>
    </>
  );
}
