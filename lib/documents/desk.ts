import { and, asc, count, desc, eq, isNull, lte } from "drizzle-orm";
import { categories, documentAttachments, documentRevisions, documents, users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { CalendarUnknownError, type LocalDate } from "@/lib/calendar";
import { formatFileSize } from "@/lib/storage/file-kind";
import { z } from "@/lib/validation/zod";
import { buildCategoryTree, listAgencyCategories, type CategoryNode } from "./categories";
import type { DocumentStatus } from "./labels";
import { PUBLISHER_ROLES, loadOwnDocument } from "./publishing";
import type { DocumentFieldsInput } from "./schemas";
import { chinaDate, DUE_SOON_WORKING_DAYS, timeliness, type Timeliness } from "./timeliness";
import { linkedIndexNumbersOf, loadPublicationCalendar, supersededIndexNumberOf } from "./write";

export interface DeskListItem {
  id: string;
  indexNumber: string;
  title: string;
  docNumber: string | null;
  categoryName: string;
  status: DocumentStatus;
  issuedOn: string;
  publishedAt: Date | null;
  updatedAt: Date;
  timeliness: Timeliness;
}

const deskStatusSchema = z.enum(["draft", "published", "withdrawn"]).optional().catch(undefined);

async function toItems(db: Queryable, rows: (typeof documents.$inferSelect & { categoryName: string })[], today: LocalDate): Promise<DeskListItem[]> {
  const calendar = await loadPublicationCalendar(db);
  return rows.map((row) => ({
    id: row.id,
    indexNumber: row.indexNumber,
    title: row.title,
    docNumber: row.docNumber,
    categoryName: row.categoryName,
    status: row.status,
    issuedOn: row.issuedOn,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    timeliness: timeliness(
      calendar,
      {
        publicationDueOn: row.publicationDueOn,
        versionPublishedOn: row.versionPublishedAt ? chinaDate(row.versionPublishedAt) : null,
      },
      today,
    ),
  }));
}

const selection = { doc: documents, categoryName: categories.name };

/** The desk's list of the agency's documents (all states), newest change first. */
export async function listDeskDocuments(
  db: Queryable,
  actor: Actor,
  input: { status?: unknown; page?: number; pageSize?: number } = {},
  { now = new Date() } = {},
): Promise<{ total: number; items: DeskListItem[] }> {
  assertRole(actor, PUBLISHER_ROLES);
  if (!actor.agencyId) return { total: 0, items: [] };
  const status = deskStatusSchema.parse(input.status);
  const where = and(eq(documents.agencyId, actor.agencyId), status ? eq(documents.status, status) : undefined);
  const pageSize = Math.min(input.pageSize ?? 50, 100);
  const page = Math.max(input.page ?? 1, 1);
  const [total] = await db.select({ n: count() }).from(documents).where(where);
  const rows = await db
    .select(selection)
    .from(documents)
    .innerJoin(categories, eq(categories.id, documents.categoryId))
    .where(where)
    .orderBy(desc(documents.updatedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return {
    total: Number(total?.n ?? 0),
    items: await toItems(db, rows.map((row) => ({ ...row.doc, categoryName: row.categoryName })), chinaDate(now)),
  };
}

/**
 * 条例第二十六条 on the desk: drafts whose deadline falls within the next few working days (or has
 * passed), and documents published late (counted in statistics).
 */
export async function listTimelinessAlerts(
  db: Queryable,
  actor: Actor,
  { now = new Date() } = {},
): Promise<{ dueSoon: DeskListItem[]; late: DeskListItem[]; lateCount: number }> {
  assertRole(actor, PUBLISHER_ROLES);
  if (!actor.agencyId) return { dueSoon: [], late: [], lateCount: 0 };
  const today = chinaDate(now);
  const calendar = await loadPublicationCalendar(db);
  let horizon: LocalDate;
  try {
    horizon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
  } catch (error) {
    if (!(error instanceof CalendarUnknownError)) throw error;
    horizon = "9999-12-31"; // calendar unknown ahead: list every dated draft rather than none
  }
  const dueRows = await db
    .select(selection)
    .from(documents)
    .innerJoin(categories, eq(categories.id, documents.categoryId))
    .where(and(eq(documents.agencyId, actor.agencyId), eq(documents.status, "draft"), lte(documents.publicationDueOn, horizon)))
    .orderBy(asc(documents.publicationDueOn))
    .limit(100);
  const lateWhere = and(eq(documents.agencyId, actor.agencyId), eq(documents.status, "published"), eq(documents.publishedLate, true));
  const [lateCount] = await db.select({ n: count() }).from(documents).where(lateWhere);
  const lateRows = await db
    .select(selection)
    .from(documents)
    .innerJoin(categories, eq(categories.id, documents.categoryId))
    .where(lateWhere)
    .orderBy(desc(documents.versionPublishedAt))
    .limit(50);
  const flatten = (rows: typeof dueRows) => rows.map((row) => ({ ...row.doc, categoryName: row.categoryName }));
  return {
    dueSoon: await toItems(db, flatten(dueRows), today),
    late: await toItems(db, flatten(lateRows), today),
    lateCount: Number(lateCount?.n ?? 0),
  };
}

export interface DeskDocument {
  id: string;
  indexNumber: string;
  status: DocumentStatus;
  revision: number;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  sourceReference: string | null;
  fields: DocumentFieldsInput;
  timeliness: Timeliness;
  attachments: { id: string; fileName: string; kindLabel: string; sizeLabel: string }[];
  revisions: { revision: number; action: string; note: string | null; actorName: string | null; createdAt: Date }[];
}

/** One document for the edit page: its fields as the form holds them, attachments and history. */
export async function getDeskDocument(db: Queryable, actor: Actor, id: string, { now = new Date() } = {}): Promise<DeskDocument> {
  const doc = await loadOwnDocument(db, actor, id);
  const [category] = await db.select({ code: categories.code }).from(categories).where(eq(categories.id, doc.categoryId));
  const attachments = await db
    .select()
    .from(documentAttachments)
    .where(and(eq(documentAttachments.documentId, id), isNull(documentAttachments.removedAt)))
    .orderBy(asc(documentAttachments.position), asc(documentAttachments.createdAt));
  const revisions = await db
    .select({
      revision: documentRevisions.revision,
      action: documentRevisions.action,
      note: documentRevisions.note,
      actorName: users.name,
      createdAt: documentRevisions.createdAt,
    })
    .from(documentRevisions)
    .leftJoin(users, eq(users.id, documentRevisions.actorId))
    .where(eq(documentRevisions.documentId, id))
    .orderBy(desc(documentRevisions.revision), desc(documentRevisions.createdAt));
  const calendar = await loadPublicationCalendar(db);
  return {
    id: doc.id,
    indexNumber: doc.indexNumber,
    status: doc.status,
    revision: doc.revision,
    publishedAt: doc.publishedAt,
    withdrawnAt: doc.withdrawnAt,
    withdrawReason: doc.withdrawReason,
    sourceReference: doc.sourceReference,
    fields: {
      title: doc.title,
      categoryCode: category?.code ?? "",
      docType: doc.docType,
      docNumber: doc.docNumber ?? "",
      signer: doc.signer ?? "",
      issuedOn: doc.issuedOn,
      changedOn: doc.changedOn ?? "",
      validity: doc.validity,
      expiresOn: doc.expiresOn ?? "",
      repealedOn: doc.repealedOn ?? "",
      keywords: doc.keywords,
      summary: doc.summary,
      body: doc.bodyHtml,
      linkedIndexNumbers: await linkedIndexNumbersOf(db, doc),
      supersedesIndexNumber: await supersededIndexNumberOf(db, doc),
    },
    timeliness: timeliness(
      calendar,
      { publicationDueOn: doc.publicationDueOn, versionPublishedOn: doc.versionPublishedAt ? chinaDate(doc.versionPublishedAt) : null },
      chinaDate(now),
    ),
    attachments: attachments.map((attachment) => ({
      id: attachment.id,
      fileName: attachment.fileName,
      kindLabel: attachment.kindLabel,
      sizeLabel: formatFileSize(attachment.size),
    })),
    revisions,
  };
}

/** The category choices of the form: the agency's tree without retired branches. */
export async function listDeskCategories(db: Queryable, actor: Actor): Promise<CategoryNode[]> {
  assertRole(actor, PUBLISHER_ROLES);
  if (!actor.agencyId) return [];
  return buildCategoryTree(await listAgencyCategories(db, actor.agencyId));
}

