import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
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
  const [row] = await db
    .select({ doc: publicDocumentColumns, agencyCode: agencies.code, agencyName: agencies.name })
    .from(documents)
    .innerJoin(agencies, eq(agencies.id, documents.agencyId))
    .where(and(eq(documents.id, id), eq(documents.status, "published")))
    .limit(1);
  if (!row) throw new NotFoundError("未找到该信息，可能已被撤回或链接有误。");
  const doc = row.doc;

  const linked = async (direction: "interpretations" | "interprets") => {
    const [mine, theirs] =
      direction === "interpretations"
        ? [documentInterpretations.policyDocumentId, documentInterpretations.interpretationDocumentId]
        : [documentInterpretations.interpretationDocumentId, documentInterpretations.policyDocumentId];
    const rows = await db
      .select({ id: documents.id, title: documents.title, indexNumber: documents.indexNumber })
      .from(documentInterpretations)
      .innerJoin(documents, eq(documents.id, theirs))
      .where(and(eq(mine, id), eq(documents.status, "published")))
      .orderBy(desc(documents.publishedAt));
    return rows.map((linkedRow) => ({ ...linkedRow, url: documentUrl(linkedRow.id) }));
  };

  // The rest hangs off the document alone: asked all at once, so a page render (a cache miss after
  // every publication) waits for one more round trip, not five in a row (bench deploy).
  const [agencyCategories, attachments, interpretations, interprets, history] = await Promise.all([
    db
      .select({ id: categories.id, parentId: categories.parentId, code: categories.code, name: categories.name })
      .from(categories)
      .where(eq(categories.agencyId, doc.agencyId)),
    db
      .select()
      .from(documentAttachments)
      .where(and(eq(documentAttachments.documentId, id), isNull(documentAttachments.removedAt)))
      .orderBy(asc(documentAttachments.position), asc(documentAttachments.createdAt)),
    linked("interpretations"),
    linked("interprets"),
    supersession(db, doc),
  ]);
  const path: string[] = [];
  let current = agencyCategories.find((category) => category.id === doc.categoryId);
  const category = current!;
  while (current && path.length < 10) {
    path.unshift(current.name);
    const parentId = current.parentId;
    current = parentId ? agencyCategories.find((candidate) => candidate.id === parentId) : undefined;
  }

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
    attachments: attachments.map((attachment) => ({
      id: attachment.id,
      fileName: attachment.fileName,
      mime: attachment.mime,
      kindLabel: attachment.kindLabel,
      size: attachment.size,
      sizeLabel: formatFileSize(attachment.size),
      url: attachmentUrl(doc.id, attachment.id),
    })),
    interpretations,
    interprets,
    ...history,
  };
}

/** 文件沿革 of a document: what it replaces or amends, and what replaces or amends it. */
async function supersession(db: Queryable, doc: { id: string; supersedesDocumentId: string | null }) {
  const columns = { id: documents.id, title: documents.title, indexNumber: documents.indexNumber };
  const earlier = doc.supersedesDocumentId
    ? await db
        .select(columns)
        .from(documents)
        .where(and(eq(documents.id, doc.supersedesDocumentId), eq(documents.status, "published")))
        .limit(1)
    : [];
  const later = await db
    .select(columns)
    .from(documents)
    .where(and(eq(documents.supersedesDocumentId, doc.id), eq(documents.status, "published")))
    .orderBy(desc(documents.publishedAt));
  const withUrl = (row: { id: string; title: string; indexNumber: string }) => ({ ...row, url: documentUrl(row.id) });
  return { supersedes: earlier[0] ? withUrl(earlier[0]) : null, supersededBy: later.map(withUrl) };
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
