import { and, eq, isNull, max } from "drizzle-orm";
import { documentAttachments, documents } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { detectFile, FILE_KINDS, formatFileSize, type FileKind } from "@/lib/storage/file-kind";
import type { FileStorage } from "@/lib/storage";
import { nameFromContent } from "@/lib/storage/file-name";
import { putMeasured, sniffContent, UploadTooLargeError, type UploadContent } from "@/lib/storage/upload-stream";
import { z } from "@/lib/validation/zod";
import { loadOwnDocument } from "./publishing";
import { recordRevision } from "./write";

/** 附件: PDF, Office files (also OFD) and images, at most 50 MB each (the issue's limit). */
export const ATTACHMENT_KINDS: FileKind[] = ["pdf", "docx", "xlsx", "pptx", "cfb", "ofd", "jpg", "png"];
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
export const ATTACHMENT_RULE = `PDF、OFD、Word、Excel、PowerPoint 文件或 JPEG、PNG 图片，每个不超过 ${formatFileSize(MAX_ATTACHMENT_BYTES)}`;

export const TOO_LARGE_MESSAGE = `附件不能超过 ${formatFileSize(MAX_ATTACHMENT_BYTES)}，请压缩或拆分后再上传。`;
export const WRONG_TYPE_MESSAGE = `文件内容与允许的类型不符（只接受${ATTACHMENT_RULE}），请检查文件后重新上传；仅修改扩展名不会改变文件类型。`;

/** Decide on the declared size before a byte of the body is read. */
export function checkDeclaredSize(contentLength: string | null): { ok: true; size: number } | { ok: false; status: 411 | 413; message: string } {
  if (contentLength === null || !/^\d+$/.test(contentLength)) {
    return { ok: false, status: 411, message: "上传请求缺少文件大小信息，请使用页面上的上传按钮重新上传。" };
  }
  const size = Number(contentLength);
  if (size > MAX_ATTACHMENT_BYTES) return { ok: false, status: 413, message: TOO_LARGE_MESSAGE };
  if (size === 0) return { ok: false, status: 413, message: "文件是空的，请选择要上传的文件。" };
  return { ok: true, size };
}

const fileNameSchema = z
  .string()
  .trim()
  .min(1, "请提供文件名。")
  .max(200, "文件名不能超过 200 个字。")
  .refine((name) => !/[\\/\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name), "文件名不能包含路径或控制字符。");

/**
 * Attach a file to a document of the actor's agency. The type is decided by the content (an
 * executable renamed to .pdf is refused); nothing is stored when the check fails. On a published
 * document the change is a new revision.
 */
export async function addAttachment(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  documentId: string,
  file: { fileName: string; content: UploadContent },
): Promise<{ id: string }> {
  const doc = await loadOwnDocument(db, actor, documentId);
  if (doc.status === "withdrawn") throw new ConflictError("该文件已撤回，不能再添加附件。");
  const name = fileNameSchema.safeParse(file.fileName);
  if (!name.success) throw new ValidationError([{ path: "file", message: name.error.issues[0]!.message }]);
  const tooLarge = new ValidationError([{ path: "file", message: TOO_LARGE_MESSAGE }]);
  if (file.content instanceof Uint8Array && file.content.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge;
  // Only the first bytes are read for the check; the body is streamed into the storage afterwards.
  const { head, body } = await sniffContent(file.content);
  const detected = await detectFile(head, ATTACHMENT_KINDS, name.data);
  if (!detected) throw new ValidationError([{ path: "file", message: WRONG_TYPE_MESSAGE }]);

  // The stored name keeps what the publisher called it, with the extension of what it really is;
  // a name claiming another type (`poly.html` holding a PDF) is refused, nothing stored.
  const named = nameFromContent(name.data, detected, "附件");
  if (!named.ok) throw new ValidationError([{ path: "file", message: named.message }]);
  const fileName = named.fileName;
  const { key, size } = await putMeasured(storage, body, { prefix: "attachments", extension: detected.extension }, MAX_ATTACHMENT_BYTES).catch(
    (error: unknown) => {
      throw error instanceof UploadTooLargeError ? tooLarge : error;
    },
  );
  try {
    return await db.transaction(async (tx) => {
      const current = await loadOwnDocument(tx, actor, documentId, { forUpdate: true });
      const [last] = await tx
        .select({ position: max(documentAttachments.position) })
        .from(documentAttachments)
        .where(eq(documentAttachments.documentId, documentId));
      const [row] = await tx
        .insert(documentAttachments)
        .values({
          documentId,
          fileName,
          mime: detected.mime,
          kindLabel: FILE_KINDS[detected.kind].label,
          size,
          storageKey: key,
          position: (last?.position ?? -1) + 1,
          uploadedBy: actor.userId,
        })
        .returning({ id: documentAttachments.id });
      const revision = current.revision + 1;
      await tx.update(documents).set({ revision, updatedAt: new Date() }).where(eq(documents.id, documentId));
      await recordRevision(tx, { id: documentId, revision }, "attachment_added", actor.userId, fileName);
      return { id: row!.id };
    });
  } catch (error) {
    await storage.delete(key); // keep no orphan file
    throw error;
  }
}

/** Take an attachment off a document. The file and record stay for the revision history. */
export async function removeAttachment(db: Db, actor: Actor, documentId: string, attachmentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadOwnDocument(tx, actor, documentId, { forUpdate: true });
    if (current.status === "withdrawn") throw new ConflictError("该文件已撤回，不能再修改附件。");
    const [row] = await tx
      .update(documentAttachments)
      .set({ removedAt: new Date() })
      .where(
        and(eq(documentAttachments.id, attachmentId), eq(documentAttachments.documentId, documentId), isNull(documentAttachments.removedAt)),
      )
      .returning({ fileName: documentAttachments.fileName });
    if (!row) throw new NotFoundError("未找到该附件。");
    const revision = current.revision + 1;
    await tx.update(documents).set({ revision, updatedAt: new Date() }).where(eq(documents.id, documentId));
    await recordRevision(tx, { id: documentId, revision }, "attachment_removed", actor.userId, row.fileName);
  });
}

/**
 * An attachment as the desk sees it, whatever the document's status (a draft's, before publication):
 * for the publisher or admin of the document's agency. Anyone else is told it does not exist, so a
 * draft's existence is not revealed.
 */
export async function getDeskAttachment(db: Queryable, actor: Actor | null, documentId: string, attachmentId: string) {
  const notFound = new NotFoundError("未找到该附件。");
  if (!actor || !z.uuid().safeParse(attachmentId).success) throw notFound;
  try {
    await loadOwnDocument(db, actor, documentId);
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) throw notFound;
    throw error;
  }
  const [row] = await db
    .select()
    .from(documentAttachments)
    .where(and(eq(documentAttachments.id, attachmentId), eq(documentAttachments.documentId, documentId), isNull(documentAttachments.removedAt)))
    .limit(1);
  if (!row) throw notFound;
  return row;
}
