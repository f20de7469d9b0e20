"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requireRole } from "@/lib/auth/session";
import { removeAttachment } from "@/lib/documents/attachments";
import { CATALOGUE_TAG } from "@/lib/documents/cache-tags";
import { documentUrl, linkedDocumentIds } from "@/lib/documents/public";
import type { Db } from "@/db/types";
import { createDocument, PUBLISHER_ROLES, publishDocument, updateDocument, withdrawDocument } from "@/lib/documents/publishing";

/**
 * What a visitor could see of a change: every list, search, feed and digest (CATALOGUE_TAG), and the
 * pages of the documents named, by their paths. Those are the changed document and the documents
 * whose pages link to it, before and after the change (a new or dropped 解读 or 沿革 link): every
 * other document's page stays cached (lib/documents/cache-tags.ts).
 */
function expirePublicCatalogue(documentIds: Iterable<string> = []) {
  updateTag(CATALOGUE_TAG);
  revalidatePath("/staff/documents");
  for (const id of new Set(documentIds)) {
    revalidatePath(documentUrl(id));
    revalidatePath(`/staff/documents/${id}`);
  }
}

/** Runs a change to document `id`, then expires its page and the pages linked to it before and after. */
async function changingDocument<T>(id: string, change: (db: Db) => Promise<T>): Promise<T> {
  const db = await getDb();
  const before = await linkedDocumentIds(db, id);
  const result = await change(db);
  expirePublicCatalogue([id, ...before, ...(await linkedDocumentIds(db, id))]);
  return result;
}

export async function createDocumentAction(input: unknown): Promise<ActionResult<{ id: string; indexNumber: string }>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, "/staff/documents/new");
    const result = await createDocument(await getDb(), actor, input);
    revalidatePath("/staff/documents");
    return result;
  }, "草稿已保存。");
}

export async function updateDocumentAction(id: string, expectedRevision: number, input: unknown): Promise<ActionResult<{ revision: number }>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, `/staff/documents/${id}`);
    return changingDocument(id, (db) => updateDocument(db, actor, id, input, { expectedRevision }));
  }, "修改已保存。");
}

export async function publishDocumentAction(id: string): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, `/staff/documents/${id}`);
    await changingDocument(id, (db) => publishDocument(db, actor, id));
  }, "已发布，公众现在可以查阅和检索该文件。");
}

export async function withdrawDocumentAction(id: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, `/staff/documents/${id}`);
    await changingDocument(id, (db) => withdrawDocument(db, actor, id, input));
  }, "已撤回，该文件不再对公众显示，记录和修订历史仍保留。");
}

export async function removeAttachmentAction(id: string, attachmentId: string): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, `/staff/documents/${id}`);
    await removeAttachment(await getDb(), actor, id, attachmentId);
    expirePublicCatalogue([id]);
  }, "附件已移除。");
}
