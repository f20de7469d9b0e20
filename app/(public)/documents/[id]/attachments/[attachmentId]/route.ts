import { getDb } from "@/db/client";
import { getPublicAttachment } from "@/lib/documents/public";
import { route } from "@/lib/http/api";
import { fileDownload } from "@/lib/http/file-download";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** Download a published document's attachment (条例第二十四条: 下载), with its real type. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) => {
  const { id, attachmentId } = await params;
  const attachment = await getPublicAttachment(await getDb(), id, attachmentId);
  return fileDownload(await getStorage(), attachment, "public, max-age=300");
});
