import { and, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { agencies, categories, documentAttachments, documentInterpretations, documents } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { NotFoundError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";
import { formatFileSize } from "@/lib/storage/file-kind";
import type { DocType, Validity } from "./labels";

export interface PublicAttachment {
  id: string;
  fileName: string;
  mime: string;
  kindLabel: string;
  size: number;
  sizeLabel: string;
  url: string;
}

export interface LinkedDocument {
  id: string;
  title: string;
  indexNumber: string;
  url: string;
}

export interface PublicDocument {
  id: string;
  url: string;
  indexNumber: string;
  title: string;
  agency: { code: string; name: string };
  category: { code: string; name: string; path: string[] };
  docType: DocType;
  docNumber: string | null;
  signer: string | null;
  issuedOn: string;
  changedOn: string | null;
  publishedAt: Date;
  updatedAt: Date;
  validity: Validity;
  expiresOn: string | null;
  repealedOn: string | null;
  keywords: string;
  summary: string;
  bodyHtml: string;
  attachments: PublicAttachment[];
  /** 政策解读 of this document, and the policy documents it interprets (published ones only). */
  interpretations: LinkedDocument[];
  interprets: LinkedDocument[];
  /** 文件沿革: the earlier document this one replaces or amends, and the later ones that replace or amend it (published ones only). */
  supersedes: LinkedDocument | null;
  supersededBy: LinkedDocument[];
}

/** The stable public URL of a document. */
export const documentUrl = (id: string) => `/documents/${id}`;
export const attachmentUrl = (documentId: string, attachmentId: string) => `/documents/${documentId}/attachments/${attachmentId}`;

/**
 * The columns a public page shows: not the body's plain text nor its search tokens (a tsvector of
 * every character bigram, the row's largest field), which a page render would fetch and parse for
 * nothing (bench deploy, cache misses).
 */
const publicDocumentColumns = {
  id: documents.id,
  agencyId: documents.agencyId,
  categoryId: documents.categoryId,
  indexNumber: documents.indexNumber,
  title: documents.title,
  docType: documents.docType,
  docNumber: documents.docNumber,
  signer: documents.signer,
  issuedOn: documents.issuedOn,
  changedOn: documents.changedOn,
  publishedAt: documents.publishedAt,
  updatedAt: documents.updatedAt,
  validity: documents.validity,
  expiresOn: documents.expiresOn,
  repealedOn: documents.repealedOn,
  keywords: documents.keywords,
  summary: documents.summary,
  bodyHtml: documents.bodyHtml,
  supersedesDocumentId: documents.supersedesDocumentId,
};

/** A published document as the public sees it; a draft or withdrawn one does not exist (404). */
export async function getPublicDocument(db: Queryable, id: string): Promise<PublicDocument> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("未找到该信息，可能已被撤回或链接有误。");
  // One statement: the document and everything that hangs off it (its agency's categories for the
  // path, attachments, 相关解读 both ways, 文件沿革 both ways) as JSON columns. A page render is a
  // cache miss after every publication; six statements cost it six parses, plans and round trips.
  const [row] = await db
    .select({
      doc: publicDocumentColumns,
      agencyCode: agencies.code,
      agencyName: agencies.name,
      categories: sql<LinkedCategory[]>`(select coalesce(json_agg(json_build_object('id', c.id, 'parentId', c.parent_id, 'code', c.code, 'name', c.name)), '[]')
        from ${categories} c where c.agency_id = ${documents.agencyId})`,
      attachments: sql<LinkedAttachment[]>`(select coalesce(json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'mime', f.mime, 'kindLabel', f.kind_label, 'size', f.size)
        order by f.position, f.created_at), '[]')
        from ${documentAttachments} f where f.document_id = ${documents.id} and f.removed_at is null)`,
      interpretations: linkedDocuments(sql`join ${documentInterpretations} l on l.interpretation_document_id = o.id where l.policy_document_id = ${documents.id}`),
      interprets: linkedDocuments(sql`join ${documentInterpretations} l on l.policy_document_id = o.id where l.interpretation_document_id = ${documents.id}`),
      supersedes: linkedDocuments(sql`where o.id = ${documents.supersedesDocumentId}`),
      supersededBy: linkedDocuments(sql`where o.supersedes_document_id = ${documents.id}`),
    })
    .from(documents)
    .innerJoin(agencies, eq(agencies.id, documents.agencyId))
    .where(and(eq(documents.id, id), eq(documents.status, "published")))
    .limit(1);
  if (!row) throw new NotFoundError("未找到该信息，可能已被撤回或链接有误。");
  const doc = row.doc;

  const path: string[] = [];
  let current = row.categories.find((category) => category.id === doc.categoryId);
  const category = current!;
  while (current && path.length < 10) {
    path.unshift(current.name);
    const parentId = current.parentId;
    current = parentId ? row.categories.find((candidate) => candidate.id === parentId) : undefined;
  }
  const withUrl = (linked: LinkedRow): LinkedDocument => ({ ...linked, url: documentUrl(linked.id) });

  return {
    id: doc.id,
    url: documentUrl(doc.id),
    indexNumber: doc.indexNumber,
    title: doc.title,
    agency: { code: row.agencyCode, name: row.agencyName },
    category: { code: category.code, name: category.name, path },
    docType: doc.docType,
    docNumber: doc.docNumber,
    signer: doc.signer,
    issuedOn: doc.issuedOn,
    changedOn: doc.changedOn,
    publishedAt: doc.publishedAt!,
    updatedAt: doc.updatedAt,
    validity: doc.validity,
    expiresOn: doc.expiresOn,
    repealedOn: doc.repealedOn,
    keywords: doc.keywords,
    summary: doc.summary,
    bodyHtml: doc.bodyHtml,
    attachments: row.attachments.map((attachment) => ({
      ...attachment,
      size: Number(attachment.size),
      sizeLabel: formatFileSize(Number(attachment.size)),
      url: attachmentUrl(doc.id, attachment.id),
    })),
    interpretations: row.interpretations.map(withUrl),
    interprets: row.interprets.map(withUrl),
    supersedes: row.supersedes[0] ? withUrl(row.supersedes[0]) : null,
    supersededBy: row.supersededBy.map(withUrl),
  };
}

type LinkedCategory = { id: string; parentId: string | null; code: string; name: string };
type LinkedAttachment = { id: string; fileName: string; mime: string; kindLabel: string; size: number | string };
type LinkedRow = Omit<LinkedDocument, "url">;

/** Published documents `o` linked to the one read (`relation`: a join and/or condition), newest first, as JSON. */
function linkedDocuments(relation: SQL) {
  return sql<LinkedRow[]>`(select coalesce(json_agg(json_build_object('id', o.id, 'title', o.title, 'indexNumber', o.index_number)
    order by o.published_at desc), '[]')
    from ${documents} o ${relation} and o.status = 'published')`;
}

/**
 * The documents whose public page shows this one (相关解读 both ways, 文件沿革 both ways), whatever
 * their status: a change to this document expires their pages too (app/staff/documents/actions.ts).
 */
export async function linkedDocumentIds(db: Queryable, id: string): Promise<string[]> {
  if (!z.uuid().safeParse(id).success) return []; // the change itself refuses it, with a reason
  const links = documentInterpretations;
  const rows = await db
    .select({ id: links.interpretationDocumentId })
    .from(links)
    .where(eq(links.policyDocumentId, id))
    .union(db.select({ id: links.policyDocumentId }).from(links).where(eq(links.interpretationDocumentId, id)))
    .union(db.select({ id: documents.id }).from(documents).where(eq(documents.supersedesDocumentId, id)))
    .union(
      db
        .select({ id: sql<string>`${documents.supersedesDocumentId}` })
        .from(documents)
        .where(and(eq(documents.id, id), isNotNull(documents.supersedesDocumentId))),
    );
  return rows.map((row) => row.id);
}

/** A public attachment's record (its document must be published and the file not removed). */
export async function getPublicAttachment(db: Queryable, documentId: string, attachmentId: string) {
  const notFound = new NotFoundError("未找到该附件，可能已被撤回或链接有误。");
  if (!z.uuid().safeParse(documentId).success || !z.uuid().safeParse(attachmentId).success) throw notFound;
  const [row] = await db
    .select({ attachment: documentAttachments })
    .from(documentAttachments)
    .innerJoin(documents, eq(documents.id, documentAttachments.documentId))
    .where(
      and(
        eq(documentAttachments.id, attachmentId),
        eq(documentAttachments.documentId, documentId),
        eq(documents.status, "published"),
        isNull(documentAttachments.removedAt),
      ),
    )
    .limit(1);
  if (!row) throw notFound;
  return row.attachment;
}

/**
 * Years that have published documents (newest first), for the year filter and the annual-report list.
 * A year is probed with one index lookup each (documents_public_list_idx, documents_category_idx,
 * documents_agency_status_idx), between the first and the last publication year: `select distinct
 * extract(year …)` read every matching row (360 ms for a category on 100,000 documents), and a list
 * page renders it on each miss after a publication expired the cache (bench deploy).
 */
export async function listPublicationYears(db: Queryable, filter: { agencyCode?: string; categoryIds?: string[] } = {}): Promise<number[]> {
  if (filter.categoryIds && filter.categoryIds.length === 0) return [];
  const yearStart = (year: SQL) => sql`make_timestamptz(${year}, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;
  const matching = and(
    eq(documents.status, "published"),
    // A scalar subquery (codes are unique), so each probe can use documents_agency_status_idx.
    filter.agencyCode ? sql`${documents.agencyId} = (select ${agencies.id} from ${agencies} where ${agencies.code} = ${filter.agencyCode})` : undefined,
    filter.categoryIds ? inArray(documents.categoryId, filter.categoryIds) : undefined,
    sql`${documents.publishedAt} >= ${yearStart(sql`y.year`)}`,
    sql`${documents.publishedAt} < ${yearStart(sql`y.year + 1`)}`,
  );
  const inShanghai = (bound: SQL) => sql`cast(extract(year from (${bound} at time zone 'Asia/Shanghai')) as integer)`;
  const year = sql<number>`y.year`;
  const rows = await db
    .select({ year })
    .from(
      sql`generate_series(
        (select ${inShanghai(sql`min(${documents.publishedAt})`)} from ${documents} where ${documents.status} = 'published'),
        (select ${inShanghai(sql`max(${documents.publishedAt})`)} from ${documents} where ${documents.status} = 'published')
      ) as y(year)`,
    )
    .where(sql`exists (select 1 from ${documents} where ${matching})`)
    .orderBy(desc(year));
  return rows.map((row) => Number(row.year));
}
