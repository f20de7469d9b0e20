import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { CORRECTION_UPLOADS, performApplicantAction } from "@/lib/applications/applicant-steps/perform-applicant-action";
import type { UploadedFile } from "@/lib/applications/uploaded-files";
import { CORRECTION_ATTACHMENT_TEXT } from "@/lib/applications/attachment-rules";
import { applicantAccessFor } from "@/lib/auth/applicant";
import { DomainError, ValidationError } from "@/lib/errors";
import { json, route } from "@/lib/http/api";
import { readMultipart, type MultipartForm } from "@/lib/http/multipart";
import { clientFileName } from "@/lib/http/file-name";

export const dynamic = "force-dynamic";

/** The corrected items and the attachments at their limits (attachment-rules.ts), with room for multipart framing. */
const MAX_BODY_BYTES = CORRECTION_UPLOADS.maxFiles * CORRECTION_UPLOADS.maxBytes + 1024 * 1024;

class PayloadTooLargeError extends DomainError {
  constructor() {
    super(CORRECTION_ATTACHMENT_TEXT.bodyTooLarge, 413);
  }
}

/**
 * 提交补正 (条例第三十条): multipart with a field `answer` (JSON `{items, note}`) and files `files`.
 * A route handler, not a server action (1 MB cap); the size is checked from Content-Length before
 * the body is read, and the files are streamed (lib/http/multipart.ts), never held whole.
 * Access: the account that filed it, or the look-up session bound to it.
 */
export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const who = await applicantAccessFor(id);
  const declared = Number(request.headers.get("content-length"));
  if (!request.headers.get("content-length") || !Number.isFinite(declared)) return json({ error: "请求缺少 Content-Length 请求头。" }, { status: 411 });
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  let form: MultipartForm;
  try {
    form = await readMultipart(request, { fileFields: ["files"], maxFileBytes: CORRECTION_UPLOADS.maxBytes, maxFiles: CORRECTION_UPLOADS.maxFiles });
  } catch {
    throw new ValidationError([{ path: "note", message: "请求体应为 multipart/form-data：字段 answer（JSON）和文件 files。" }]);
  }
  try {
    let answer: unknown;
    try {
      answer = JSON.parse(form.field("answer") ?? "");
    } catch {
      throw new ValidationError([{ path: "note", message: "字段 answer 应为补正内容的 JSON 文本。" }]);
    }
    const uploads: UploadedFile[] = [];
    for (const file of form.files("files")) {
      if (file.size === 0) continue; // an empty file input
      uploads.push({ name: clientFileName(file.name, "files"), content: file.open() });
    }
    const outcome = await performApplicantAction(await getDb(), who, id, "answerCorrection", answer, { uploads });
    revalidatePath(`/account/applications/${id}`);
    return json({ status: outcome.status }, { status: 201 });
  } finally {
    await form.cleanup();
  }
});
