import { eq } from "drizzle-orm";
import { documents, type DocumentRow } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import type { Queryable, Tx } from "@/db/types";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrors, z } from "@/lib/validation/zod";
import { singleLineText, multiLineText } from "@/lib/validation/text";
import { isLocalDate } from "@/lib/calendar";
import { recordAudit } from "@/lib/audit/record";
import { documentFieldsSchema, EMPTY_DOCUMENT_FIELDS, withdrawSchema, type DocumentFieldsInput } from "./schemas";
import { publicationDueOn } from "./timeliness";
import {
  fieldColumns,
  generateIndexNumber,
  isLate,
  loadAgency,
  loadPublicationCalendar,
  recordRevision,
  replaceInterpretationLinks,
  setSupersededDocument,
  resolveCategory,
} from "./write";

/** Who runs the publisher's desk: the agency's 信息发布员 and 系统管理员. */
export const PUBLISHER_ROLES = ["publisher", "admin"] as const;

function parseFields(input: unknown): DocumentFieldsInput {
  const parsed = documentFieldsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data;
}

/** Insert a new document with a fresh 索引号 and its first revision. */
export async function insertDocument(
  tx: Tx,
  agencyId: string,
  fields: DocumentFieldsInput,
  options: { actorId: string | null; sourceReference?: string | null; action?: "created" | "imported" },
): Promise<DocumentRow> {
  const agency = await loadAgency(tx, agencyId);
  const category = await resolveCategory(tx, agencyId, fields.categoryCode);
  const calendar = await loadPublicationCalendar(tx);
  const indexNumber = await generateIndexNumber(tx, agency, Number(fields.issuedOn.slice(0, 4)));
  const dueOn = publicationDueOn(calendar, fields.issuedOn, fields.changedOn || null);
  const [row] = await tx
    .insert(documents)
    .values({
      agencyId,
      indexNumber,
      status: "draft",
      sourceReference: options.sourceReference ?? null,
      createdBy: options.actorId,
      ...fieldColumns(fields, { indexNumber, categoryId: category.id, dueOn }),
    })
    .returning();
  await replaceInterpretationLinks(tx, row!, fields.linkedIndexNumbers);
  await setSupersededDocument(tx, row!, fields.supersedesIndexNumber);
  await recordRevision(tx, row!, options.action ?? "created", options.actorId);
  return row!;
}

/** Publisher's desk: create a draft in the actor's agency. */
export async function createDocument(db: Queryable, actor: Actor, input: unknown): Promise<{ id: string; indexNumber: string }> {
  assertRole(actor, PUBLISHER_ROLES);
  if (!actor.agencyId) throw new ValidationError([{ path: "title", message: "您的账号未关联机关，无法发布信息。" }]);
  const fields = parseFields(input);
  const row = await inTransaction(db, (tx) => insertDocument(tx, actor.agencyId!, fields, { actorId: actor.userId }));
  return { id: row.id, indexNumber: row.indexNumber };
}

export const draftFromReplySchema = z.object({
  agencyId: singleLineText().uuid(),
  title: singleLineText().trim().min(1, "请填写标题。").max(200, "标题不能超过 200 个字。"),
  body: multiLineText().max(2_000_000),
  summary: multiLineText().trim().max(1000).optional(),
  categoryCode: singleLineText().trim().optional(),
  issuedOn: singleLineText().refine(isLocalDate, "成文日期应为有效日期。"),
  docNumber: singleLineText().trim().max(100).optional(),
  /** e.g. the application's 受理编号: traceability without applicant data. */
  sourceReference: singleLineText().trim().max(100).optional(),
});

/**
 * 条例第四十四条: information disclosed on application that many people ask for, or that should be
 * public, becomes proactive. The applications workflow calls this to put a draft on the desk.
 * The caller MUST pass applicant-free content (no name, ID number, address or contact details of
 * the applicant); this function strips nothing. The draft waits for a publisher to complete and publish it.
 */
export async function createDraftFromReply(db: Queryable, actor: Actor, input: unknown): Promise<{ id: string; indexNumber: string }> {
  assertRole(actor, ["clerk", "reviewer", "publisher", "admin"]);
  const parsed = draftFromReplySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const value = parsed.data;
  assertSameAgency(actor, value.agencyId);
  const fields = parseFields({
    ...EMPTY_DOCUMENT_FIELDS,
    title: value.title,
    body: value.body,
    summary: value.summary || value.title,
    categoryCode: value.categoryCode || "policy-other",
    issuedOn: value.issuedOn,
    docNumber: value.docNumber ?? "",
  });
  const row = await inTransaction(db, (tx) =>
    insertDocument(tx, value.agencyId, fields, { actorId: actor.userId, sourceReference: value.sourceReference ?? null }),
  );
  return { id: row.id, indexNumber: row.indexNumber };
}

/** Load a document of the actor's agency for the desk (row-level check: 403 for another agency's). */
export async function loadOwnDocument(tx: Queryable, actor: Actor, id: string, { forUpdate = false } = {}): Promise<DocumentRow> {
  assertRole(actor, PUBLISHER_ROLES);
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("未找到该文件。");
  const query = tx.select().from(documents).where(eq(documents.id, id)).limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("未找到该文件。");
  assertSameAgency(actor, row.agencyId);
  return row;
}

/**
 * Edit a document. A draft simply changes; a published document's edit takes effect at once as a
 * new revision (history kept). A new 变更日期 restarts the publication clock (条例第二十六条), and
 * the changed version counts as published now. `expectedRevision` refuses an edit over someone else's.
 */
export async function updateDocument(
  db: Queryable,
  actor: Actor,
  id: string,
  input: unknown,
  { expectedRevision, now = new Date() }: { expectedRevision?: number; now?: Date } = {},
): Promise<{ revision: number }> {
  const fields = parseFields(input);
  return inTransaction(db, async (tx) => {
    const current = await loadOwnDocument(tx, actor, id, { forUpdate: true });
    if (current.status === "withdrawn") throw new ConflictError("该文件已撤回，不能再编辑。");
    if (expectedRevision !== undefined && expectedRevision !== current.revision) {
      throw new ConflictError("该文件已被他人修改，请刷新页面查看最新内容后再编辑。");
    }
    const category = await resolveCategory(tx, current.agencyId, fields.categoryCode, { allowRetired: true });
    if (category.retiredAt && category.id !== current.categoryId) {
      throw new ValidationError([{ path: "categoryCode", message: "该分类已停用，请选择其他分类。" }]);
    }
    const calendar = await loadPublicationCalendar(tx);
    const dueOn = publicationDueOn(calendar, fields.issuedOn, fields.changedOn || null);
    const changedVersion = current.status === "published" && (fields.changedOn || null) !== current.changedOn;
    const revision = current.revision + 1;
    const [row] = await tx
      .update(documents)
      .set({
        ...fieldColumns(fields, { indexNumber: current.indexNumber, categoryId: category.id, dueOn }),
        revision,
        updatedAt: now,
        ...(changedVersion ? { versionPublishedAt: now, publishedLate: isLate(dueOn ?? null, now) } : {}),
      })
      .where(eq(documents.id, id))
      .returning();
    await replaceInterpretationLinks(tx, row!, fields.linkedIndexNumbers);
    await setSupersededDocument(tx, row!, fields.supersedesIndexNumber);
    await recordRevision(tx, row!, "updated", actor.userId);
    if (current.status === "published") {
      await recordAudit(tx, { actor, action: "document.updated", target: { type: "document", id }, after: { indexNumber: current.indexNumber, revision } });
    }
    return { revision };
  });
}

/** Draft → published: 发布日期 is now; whether it was late is recorded (条例第二十六条). */
export async function publishDocument(db: Queryable, actor: Actor, id: string, { now = new Date() } = {}): Promise<void> {
  await inTransaction(db, async (tx) => {
    const current = await loadOwnDocument(tx, actor, id, { forUpdate: true });
    if (current.status !== "draft") {
      throw new ConflictError(current.status === "published" ? "该文件已发布。" : "该文件已撤回，不能再次发布；如需重新公开，请新建文件。");
    }
    await markPublished(tx, actor, current, now);
  });
}

/**
 * The publishing step itself, for a draft already loaded and authorised by the caller (the desk
 * above, or a use case that publishes its own document, such as the annual report).
 */
export async function markPublished(tx: Tx, actor: Actor, current: DocumentRow, now: Date): Promise<void> {
  const [row] = await tx
    .update(documents)
    .set({
      status: "published",
      publishedAt: now,
      versionPublishedAt: now,
      publishedLate: isLate(current.publicationDueOn, now),
      revision: current.revision + 1,
      updatedAt: now,
    })
    .where(eq(documents.id, current.id))
    .returning();
  await recordRevision(tx, row!, "published", actor.userId);
  await recordAudit(tx, { actor, action: "document.published", target: { type: "document", id: current.id }, after: { indexNumber: current.indexNumber, title: current.title } });
}

/** Published → withdrawn: gone from public pages, search, feed and API; the record and history stay. */
export async function withdrawDocument(db: Queryable, actor: Actor, id: string, input: unknown, { now = new Date() } = {}): Promise<void> {
  const parsed = withdrawSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  await inTransaction(db, async (tx) => {
    const current = await loadOwnDocument(tx, actor, id, { forUpdate: true });
    if (current.status !== "published") throw new ConflictError("只有已发布的文件可以撤回。");
    const [row] = await tx
      .update(documents)
      .set({ status: "withdrawn", withdrawnAt: now, withdrawReason: parsed.data.reason, revision: current.revision + 1, updatedAt: now })
      .where(eq(documents.id, id))
      .returning();
    await recordRevision(tx, row!, "withdrawn", actor.userId, parsed.data.reason);
    await recordAudit(tx, {
      actor,
      action: "document.withdrawn",
      target: { type: "document", id },
      after: { indexNumber: current.indexNumber, reason: parsed.data.reason },
    });
  });
}
