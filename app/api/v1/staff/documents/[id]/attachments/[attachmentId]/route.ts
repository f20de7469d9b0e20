import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth/session";
import { getDeskAttachment } from "@/lib/documents/attachments";
import { route } from "@/lib/http/api";
import { fileDownload } from "@/lib/http/file-download";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** The desk's download of an attachment before publication: publisher/admin of the agency; 404 for anyone else. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) => {
  const { id, attachmentId } = await params;
  const attachment = await getDeskAttachment(await getDb(), await getActor(), id, attachmentId);
  return fileDownload(await getStorage(), attachment, "private, no-store");
});
