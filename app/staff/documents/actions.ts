"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { requireRole } from "@/lib/auth/session";
import { removeAttachment } from "@/lib/documents/attachments";
import { CATALOGUE_TAG } from "@/lib/documents/cache-tags";
import { documentUrl } from "@/lib/documents/public";
import { createDocument, PUBLISHER_ROLES, publishDocument, updateDocument, withdrawDocument } from "@/lib/documents/publishing";

/**
 * Every change a visitor could see expires the public catalogue's cache at once; the document's own
 * page also by its path (its data is not in the data cache: app/_catalogue/data.ts documentForPage).
 */
function expirePublicCatalogue(id?: string) {
  updateTag(CATALOGUE_TAG);
  revalidatePath("/staff/documents");
  if (id) {
    revalidatePath(documentUrl(id));
    revalidatePath(`/staff/documents/${id}`);
  }
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
    const result = await updateDocument(await getDb(), actor, id, input, { expectedRevision });
    expirePublicCatalogue(id);
    return result;
  }, "修改已保存。");
}

export async function publishDocumentAction(id: string): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, `/staff/documents/${id}`);
    await publishDocument(await getDb(), actor, id);
    expirePublicCatalogue(id);
  }, "已发布，公众现在可以查阅和检索该文件。");
}

export async function withdrawDocumentAction(id: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, `/staff/documents/${id}`);
    await withdrawDocument(await getDb(), actor, id, input);
    expirePublicCatalogue(id);
  }, "已撤回，该文件不再对公众显示，记录和修订历史仍保留。");
}

export async function removeAttachmentAction(id: string, attachmentId: string): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireRole(PUBLISHER_ROLES, `/staff/documents/${id}`);
    await removeAttachment(await getDb(), actor, id, attachmentId);
    expirePublicCatalogue(id);
  }, "附件已移除。");
}
