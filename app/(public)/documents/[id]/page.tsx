import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { documentForPage } from "@/app/_catalogue/data";
import { formatChineseDate, formatDate } from "@/components/catalogue/format";
import { DOC_TYPE_LABELS, VALIDITY_LABELS } from "@/lib/documents/labels";
import { browseHref } from "@/lib/documents/browse-path";
import { publicUrl } from "@/lib/config";
import { PrintButton } from "@/components/catalogue/print-button";
import "@/components/catalogue/catalogue.css";

type Props = { params: Promise<{ id: string }> };

/**
 * Served from the full-route cache: rendered on a document's first request (nothing at build, which
 * has no database) and expired with CATALOGUE_TAG on every publication, change or withdrawal, or by
 * app/layout.tsx's `revalidate`.
 */
export const dynamicParams = true;
export function generateStaticParams(): { id: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await documentForPage((await params).id);
  return doc ? { title: doc.title, description: doc.summary } : { title: "未找到该信息" };
}

/** A document's stable page: the metadata table (catalogue.md), validity banner, body, attachments, 相关解读. */
export default async function DocumentPage({ params }: Props) {
  const doc = await documentForPage((await params).id);
  if (!doc) notFound();
  const invalid =
    doc.validity === "repealed"
      ? `本文件已于${formatChineseDate(doc.repealedOn)}废止，仅供查阅，不再作为执行依据。`
      : doc.validity === "expired"
        ? `本文件已于${formatChineseDate(doc.expiresOn)}失效，仅供查阅，不再作为执行依据。`
        : undefined;
  return (
    <article>
      <nav aria-label="当前位置" className="breadcrumb no-print">
        <Link href="/">政府信息公开</Link> › <Link href="/catalogue">法定主动公开内容</Link> ›{" "}
        <Link href={browseHref({ agency: doc.agency.code, category: doc.category.code })}>{doc.category.path.join(" › ")}</Link>
      </nav>
      {invalid ? (
        <p className="validity-banner" role="note">
          {invalid}
          {doc.supersededBy[0] ? (
            <>
              {" "}现行文件：<Link href={doc.supersededBy[0].url}>{doc.supersededBy[0].title}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <table className="metadata-table">
        <caption className="visually-hidden">文件信息</caption>
        <tbody>
          <tr>
            <th scope="row">索引号</th>
            <td>{doc.indexNumber}</td>
            <th scope="row">主题分类</th>
            <td>{doc.category.path.join(" › ")}</td>
          </tr>
          <tr>
            <th scope="row">发布机构</th>
            <td>{doc.agency.name}</td>
            <th scope="row">文件类型</th>
            <td>{DOC_TYPE_LABELS[doc.docType]}</td>
          </tr>
          <tr>
            <th scope="row">标题</th>
            <td colSpan={3}>{doc.title}</td>
          </tr>
          <tr>
            <th scope="row">文号</th>
            <td>{doc.docNumber || "—"}</td>
            <th scope="row">签发人</th>
            <td>{doc.signer || "—"}</td>
          </tr>
          <tr>
            <th scope="row">成文日期</th>
            <td>{formatChineseDate(doc.issuedOn)}</td>
            <th scope="row">发布日期</th>
            <td>{formatChineseDate(formatDate(doc.publishedAt))}</td>
          </tr>
          <tr>
            <th scope="row">变更日期</th>
            <td>{doc.changedOn ? formatChineseDate(doc.changedOn) : "—"}</td>
            <th scope="row">有效性</th>
            <td>
              {VALIDITY_LABELS[doc.validity]}
              {doc.validity === "expired" || (doc.validity === "valid" && doc.expiresOn) ? `（失效日期：${formatChineseDate(doc.expiresOn)}）` : ""}
              {doc.validity === "repealed" ? `（废止日期：${formatChineseDate(doc.repealedOn)}）` : ""}
            </td>
          </tr>
          <tr>
            <th scope="row">主题词</th>
            <td colSpan={3}>{doc.keywords || "—"}</td>
          </tr>
          <tr>
            <th scope="row">内容概述</th>
            <td colSpan={3}>{doc.summary}</td>
          </tr>
        </tbody>
      </table>
      <h1 className="document-title">{doc.title}</h1>
      {doc.docNumber ? <p style={{ textAlign: "center" }}>{doc.docNumber}</p> : null}
      {/* Sanitised on save (lib/documents/sanitize.ts): a safe subset of HTML only. */}
      <div className="document-body" dangerouslySetInnerHTML={{ __html: doc.bodyHtml }} />
      {doc.attachments.length ? (
        <section className="panel">
          <h2>附件</h2>
          <ul className="attachment-list">
            {doc.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a href={attachment.url} download={attachment.fileName}>
                  {attachment.fileName}
                </a>{" "}
                <span className="muted">
                  （{attachment.kindLabel}，{attachment.sizeLabel}）
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {doc.supersedes || doc.supersededBy.length ? (
        <section className="panel" aria-labelledby="history-heading">
          <h2 id="history-heading">文件沿革</h2>
          <ul>
            {doc.supersededBy.map((later) => (
              <li key={later.id}>
                {doc.validity === "repealed" ? "本文件已被废止，替代文件：" : "本文件已被修订，修订后的文件："}
                <Link href={later.url}>{later.title}</Link>（索引号 {later.indexNumber}）
              </li>
            ))}
            {doc.supersedes ? (
              <li>
                本文件替代或修订了：<Link href={doc.supersedes.url}>{doc.supersedes.title}</Link>（索引号 {doc.supersedes.indexNumber}）
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {doc.interpretations.length || doc.interprets.length ? (
        <section className="panel">
          <h2>相关解读</h2>
          <ul>
            {doc.interprets.map((linked) => (
              <li key={linked.id}>
                解读的文件：<Link href={linked.url}>{linked.title}</Link>
              </li>
            ))}
            {doc.interpretations.map((linked) => (
              <li key={linked.id}>
                政策解读：<Link href={linked.url}>{linked.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <span className="no-print">
          <PrintButton />{" "}
        </span>
        <span className="muted" data-testid="page-address">
          本页地址：{publicUrl(doc.url)}
        </span>
      </p>
    </article>
  );
}
