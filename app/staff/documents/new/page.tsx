import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/session";
import { listDeskCategories } from "@/lib/documents/desk";
import { PUBLISHER_ROLES } from "@/lib/documents/publishing";
import { EMPTY_DOCUMENT_FIELDS } from "@/lib/documents/schemas";
import { DocumentForm } from "@/components/desk/document-form";
import { categoryOptions } from "@/components/desk/category-options";
import "@/components/catalogue/catalogue.css";

export const metadata: Metadata = { title: "新建文件" };

export default async function NewDocumentPage() {
  const actor = await requireRole(PUBLISHER_ROLES, "/staff/documents/new");
  const categories = await listDeskCategories(await getDb(), actor);
  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/staff">工作台</Link> › <Link href="/staff/documents">主动公开信息发布</Link> › 新建文件
      </nav>
      <h1>新建文件</h1>
      <p className="muted">保存后生成索引号，可上传附件，再发布。</p>
      <DocumentForm categories={categoryOptions(categories)} initial={EMPTY_DOCUMENT_FIELDS} />
    </>
  );
}
