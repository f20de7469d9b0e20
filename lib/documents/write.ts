import { and, eq, inArray, or, sql } from "drizzle-orm";
import {
  agencies,
  categories,
  documentAttachments,
  documentInterpretations,
  documentRevisions,
  documents,
  indexNumberSerials,
  type Agency,
  type DocumentRow,
} from "@/db/schema";
import type { Queryable } from "@/db/types";
import { loadCalendarYears } from "@/db/queries/calendar";
import { createCalendar } from "@/lib/calendar";
import { ValidationError } from "@/lib/errors";
import { formatIndexNumber } from "./index-number";
import { htmlToText, sanitizeBody } from "./sanitize";
import { buildSearchVector } from "./search-tokens";
import { chinaDate } from "./timeliness";
import { parseIndexNumberList, type DocumentFieldsInput } from "./schemas";

/** Low-level writes shared by the desk, the reply-to-draft hand-over and the importer (one transaction each). */

/** The next 索引号 serial of an agency and year. The counter only goes up: a number is never reused. */
export async function nextIndexSerial(tx: Queryable, agencyId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(indexNumberSerials)
    .values({ agencyId, year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [indexNumberSerials.agencyId, indexNumberSerials.year],
      set: { lastSerial: sql`${indexNumberSerials.lastSerial} + 1` },
    })
    .returning({ serial: indexNumberSerials.lastSerial });
  return row!.serial;
}

export async function generateIndexNumber(tx: Queryable, agency: Agency, year: number): Promise<string> {
  // Skip any number an import already took in another shape of the same template.
  for (;;) {
    const serial = await nextIndexSerial(tx, agency.id, year);
    const indexNumber = formatIndexNumber(agency.indexNumberTemplate, { agencyCode: agency.code, year, serial });
    const [taken] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.indexNumber, indexNumber)).limit(1);
    if (!taken) return indexNumber;
  }
}

/** Keep an imported serial from being handed out again: raise the counter to at least `serial`. */
export async function reserveIndexSerial(tx: Queryable, agencyId: string, year: number, serial: number): Promise<void> {
  await tx
    .insert(indexNumberSerials)
    .values({ agencyId, year, lastSerial: serial })
    .onConflictDoUpdate({
      target: [indexNumberSerials.agencyId, indexNumberSerials.year],
      set: { lastSerial: sql`greatest(${indexNumberSerials.lastSerial}, ${serial})` },
    });
}

export async function resolveCategory(tx: Queryable, agencyId: string, code: string, { allowRetired = false } = {}) {
  const [category] = await tx
    .select()
    .from(categories)
    .where(and(eq(categories.agencyId, agencyId), eq(categories.code, code)))
    .limit(1);
  if (!category || (category.retiredAt && !allowRetired)) {
    throw new ValidationError([{ path: "categoryCode", message: "主题分类不存在或已停用，请重新选择。" }]);
  }
  return category;
}

export async function loadPublicationCalendar(tx: Queryable) {
  return createCalendar(await loadCalendarYears(tx));
}

const emptyToNull = (value: string | undefined) => (value ? value : null);

/** The columns the editable fields map to (body sanitised, search tokens rebuilt, deadline recomputed). */
export function fieldColumns(
  fields: DocumentFieldsInput,
  context: { indexNumber: string; categoryId: string; dueOn: string | undefined },
) {
  const bodyHtml = sanitizeBody(fields.body);
  const bodyText = htmlToText(bodyHtml);
  return {
    categoryId: context.categoryId,
    title: fields.title,
    docType: fields.docType,
    docNumber: emptyToNull(fields.docNumber),
    signer: emptyToNull(fields.signer),
    issuedOn: fields.issuedOn,
    changedOn: emptyToNull(fields.changedOn),
    publicationDueOn: context.dueOn ?? null,
    validity: fields.validity,
    expiresOn: emptyToNull(fields.expiresOn),
    repealedOn: emptyToNull(fields.repealedOn),
    keywords: fields.keywords,
    summary: fields.summary,
    bodyHtml,
    bodyText,
    searchTokens: buildSearchVector([
      { text: fields.title, weight: "A" },
      { text: `${fields.docNumber} ${context.indexNumber} ${fields.keywords}`, weight: "B" },
      { text: fields.summary, weight: "C" },
      { text: bodyText, weight: "D" },
    ]),
  };
}

/** Whether a version published at `at` missed its deadline (条例第二十六条). */
export function isLate(dueOn: string | null, at: Date): boolean {
  return Boolean(dueOn && chinaDate(at) > dueOn);
}

/** Everything the history keeps of one version. */
export async function snapshotOf(tx: Queryable, id: string): Promise<Record<string, unknown>> {
  const [doc] = await tx.select().from(documents).where(eq(documents.id, id));
  const attachments = await tx
    .select({ id: documentAttachments.id, fileName: documentAttachments.fileName, size: documentAttachments.size })
    .from(documentAttachments)
    .where(and(eq(documentAttachments.documentId, id), sql`${documentAttachments.removedAt} is null`));
  const { searchTokens: _tokens, bodyText: _text, ...rest } = doc!;
  return { ...rest, attachments };
}

export async function recordRevision(
  tx: Queryable,
  doc: Pick<DocumentRow, "id" | "revision">,
  action: "created" | "updated" | "published" | "withdrawn" | "imported" | "attachment_added" | "attachment_removed",
  actorId: string | null,
  note?: string,
): Promise<void> {
  await tx.insert(documentRevisions).values({
    documentId: doc.id,
    revision: doc.revision,
    action,
    snapshot: await snapshotOf(tx, doc.id),
    actorId,
    note: note ?? null,
  });
}

/**
 * Replace a document's interpretation links (相关解读). A 政策解读 links to the policy documents it
 * explains; any other document links to its interpretations. Linked documents must be the same agency's.
 */
export async function replaceInterpretationLinks(
  tx: Queryable,
  doc: Pick<DocumentRow, "id" | "agencyId" | "docType">,
  linkedIndexNumbers: string,
): Promise<void> {
  const wanted = parseIndexNumberList(linkedIndexNumbers);
  await tx
    .delete(documentInterpretations)
    .where(or(eq(documentInterpretations.policyDocumentId, doc.id), eq(documentInterpretations.interpretationDocumentId, doc.id)));
  if (wanted.length === 0) return;
  const found = await tx
    .select({ id: documents.id, indexNumber: documents.indexNumber })
    .from(documents)
    .where(and(eq(documents.agencyId, doc.agencyId), inArray(documents.indexNumber, wanted)));
  const missing = wanted.filter((number) => !found.some((row) => row.indexNumber === number));
  const self = found.find((row) => row.id === doc.id);
  if (missing.length || self) {
    throw new ValidationError([
      {
        path: "linkedIndexNumbers",
        message: self ? "不能关联文件本身。" : `未找到本机关索引号为 ${missing.join("、")} 的文件，请核对。`,
      },
    ]);
  }
  const isInterpretation = doc.docType === "interpretation";
  await tx
    .insert(documentInterpretations)
    .values(
      found.map((row) =>
        isInterpretation
          ? { policyDocumentId: row.id, interpretationDocumentId: doc.id }
          : { policyDocumentId: doc.id, interpretationDocumentId: row.id },
      ),
    )
    .onConflictDoNothing();
}

/**
 * Record the earlier document this one repeals and replaces, or amends (文件沿革): one of the same
 * agency's documents, by 索引号; empty clears it. A document cannot replace itself, nor a document
 * that (through others) replaces it.
 */
export async function setSupersededDocument(tx: Queryable, doc: Pick<DocumentRow, "id" | "agencyId">, indexNumber: string): Promise<void> {
  const wanted = indexNumber.trim();
  let supersedesDocumentId: string | null = null;
  if (wanted) {
    const [found] = await tx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.agencyId, doc.agencyId), eq(documents.indexNumber, wanted)))
      .limit(1);
    if (!found) throw new ValidationError([{ path: "supersedesIndexNumber", message: `未找到本机关索引号为 ${wanted} 的文件，请核对。` }]);
    // Walk the chain back from the earlier document: meeting this one would make a loop.
    let cursor: string | null = found.id;
    for (let steps = 0; cursor && steps < 100; steps++) {
      if (cursor === doc.id) throw new ValidationError([{ path: "supersedesIndexNumber", message: "不能替代文件本身，也不能替代替代了本文件的文件。" }]);
      const [row]: { next: string | null }[] = await tx.select({ next: documents.supersedesDocumentId }).from(documents).where(eq(documents.id, cursor)).limit(1);
      cursor = row?.next ?? null;
    }
    supersedesDocumentId = found.id;
  }
  await tx.update(documents).set({ supersedesDocumentId }).where(eq(documents.id, doc.id));
}

/** The 索引号 of the document this one replaces or amends, as the form shows it. */
export async function supersededIndexNumberOf(tx: Queryable, doc: Pick<DocumentRow, "supersedesDocumentId">): Promise<string> {
  if (!doc.supersedesDocumentId) return "";
  const [row] = await tx.select({ indexNumber: documents.indexNumber }).from(documents).where(eq(documents.id, doc.supersedesDocumentId)).limit(1);
  return row?.indexNumber ?? "";
}

/** The 索引号 list of the documents linked to this one, as the form shows it. */
export async function linkedIndexNumbersOf(tx: Queryable, doc: Pick<DocumentRow, "id" | "docType">): Promise<string> {
  const isInterpretation = doc.docType === "interpretation";
  const rows = await tx
    .select({ indexNumber: documents.indexNumber })
    .from(documentInterpretations)
    .innerJoin(
      documents,
      eq(documents.id, isInterpretation ? documentInterpretations.policyDocumentId : documentInterpretations.interpretationDocumentId),
    )
    .where(
      eq(isInterpretation ? documentInterpretations.interpretationDocumentId : documentInterpretations.policyDocumentId, doc.id),
    );
  return rows.map((row) => row.indexNumber).join("\n");
}

export async function loadAgency(tx: Queryable, agencyId: string): Promise<Agency> {
  const [agency] = await tx.select().from(agencies).where(eq(agencies.id, agencyId)).limit(1);
  if (!agency) throw new ValidationError([{ path: "agencyId", message: "未找到该机关。" }]);
  return agency;
}

/** Take `count` consecutive serials at once (bulk generation); returns the first. */
export async function reserveIndexSerialRange(tx: Queryable, agencyId: string, year: number, count: number): Promise<number> {
  const [row] = await tx
    .insert(indexNumberSerials)
    .values({ agencyId, year, lastSerial: count })
    .onConflictDoUpdate({
      target: [indexNumberSerials.agencyId, indexNumberSerials.year],
      set: { lastSerial: sql`${indexNumberSerials.lastSerial} + ${count}` },
    })
    .returning({ last: indexNumberSerials.lastSerial });
  return row!.last - count + 1;
}
