import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { addReleasedFile, RELEASED_UPLOADS } from "@/lib/applications/released-files";
import { RELEASED_FILE_TEXT } from "@/lib/applications/attachment-rules";
import { fileNameHeader } from "@/lib/http/file-name";
import { json, requireApiRole, route } from "@/lib/http/api";
import { requestBodyStream } from "@/lib/http/request-body";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * POST a file to release with the reply: the bytes as the body, the name in `x-file-name`
 * (URI-encoded). A route handler (server actions cap bodies at 1 MB); session and size are checked
 * before the body is read, the type by content in the use case; the body is streamed into the storage.
 */
export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const actor = await requireApiRole(["clerk"]);
  const declared = request.headers.get("content-length");
  if (!declared || !/^\d+$/.test(declared)) return json({ error: "上传请求缺少文件大小信息，请使用页面上的上传按钮重新上传。" }, { status: 411 });
  if (Number(declared) > RELEASED_UPLOADS.maxBytes) return json({ error: RELEASED_FILE_TEXT.tooLarge }, { status: 413 });
  const fileName = fileNameHeader(request);
  const stored = await addReleasedFile(await getDb(), await getStorage(), actor, id, { name: fileName, content: requestBodyStream(request) });
  revalidatePath(`/staff/applications/${id}`);
  return json(stored, { status: 201 });
});
