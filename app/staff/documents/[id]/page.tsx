import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { ATTACHMENT_RULE, MAX_ATTACHMENT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/documents/attachments";
import { getDeskDocument, listDeskCategories } from "@/lib/documents/desk";
import { DOCUMENT_STATUS_LABELS } from "@/lib/documents/labels";
import { PUBLISHER_ROLES } from "@/lib/documents/publishing";
import { AttachmentManager } from "@/components/desk/attachment-manager";
import { categoryOptions } from "@/components/desk/category-options";
import { DocumentForm } from "@/components/desk/document-form";
import { StatusControls } from "@/components/desk/status-controls";
import { TimelinessTag } from "@/components/desk/timeliness-tag";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/components/catalogue/format";
import "@/components/catalogue/catalogue.css";

export const metadata: Metadata = { title: "编辑文件" };

const ACTION_LABELS: Record<string, string> = {
  created: "创建",
  imported: "导入",
  updated: "修改",
  published: "发布",
  withdrawn: "撤回",
  attachment_added: "添加附件",
  attachment_removed: "移除附件",
};

export default async function EditDocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const path = `/staff/documents/${id}`;
  const actor = await requireRole(PUBLISHER_ROLES, path);
  const db = await getDb();
  const doc = await loadForPage(() => getDeskDocument(db, actor, id), path);
  const categories = await listDeskCategories(db, actor);
  const { created } = await searchParams;
  return (
    <>
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/staff">工作台</Link> › <Link href="/staff/documents">主动公开信息发布</Link> › {doc.indexNumber}
      </nav>
      <h1>{doc.fields.title}</h1>
      {created ? <Alert kind="success">草稿已保存，索引号 {doc.indexNumber}。可以上传附件后发布。</Alert> : null}
      <p>
        索引号 {doc.indexNumber} · 状态：{DOCUMENT_STATUS_LABELS[doc.status]}
        {doc.publishedAt ? ` · 发布日期 ${formatDate(doc.publishedAt)}` : ""} · <TimelinessTag value={doc.timeliness} />
        {doc.status === "published" ? (
          <>
            {" "}
            · <Link href={`/documents/${doc.id}`}>查看公开页面</Link>
          </>
        ) : null}
      </p>
      {doc.sourceReference ? <p className="muted">来源：依申请公开答复 {doc.sourceReference}（条例第四十四条），已去除申请人信息。</p> : null}
      <StatusControls documentId={doc.id} status={doc.status} />
      {doc.status === "withdrawn" ? null : (
        <DocumentForm
          categories={categoryOptions(categories)}
          initial={doc.fields}
          existing={{ id: doc.id, revision: doc.revision, published: doc.status === "published" }}
        />
      )}
      <AttachmentManager
        documentId={doc.id}
        attachments={doc.attachments}
        rule={ATTACHMENT_RULE}
        maxBytes={MAX_ATTACHMENT_BYTES}
        tooLargeMessage={TOO_LARGE_MESSAGE}
        disabled={doc.status === "withdrawn"}
      />
      <section className="panel">
        <h2>修订记录</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">操作</th>
              <th scope="col">操作人</th>
              <th scope="col">时间</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {doc.revisions.map((revision, i) => (
              <tr key={`${revision.revision}-${i}`}>
                <td>{revision.revision}</td>
                <td>{ACTION_LABELS[revision.action] ?? revision.action}</td>
                <td>{revision.actorName ?? "系统"}</td>
                <td>{revision.createdAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</td>
                <td>{revision.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
