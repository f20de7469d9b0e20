import { revalidatePath, revalidateTag } from "next/cache";
import { getDb } from "@/db/client";
import { addAttachment, checkDeclaredSize } from "@/lib/documents/attachments";
import { CATALOGUE_TAG } from "@/lib/documents/cache-tags";
import { loadOwnDocument, PUBLISHER_ROLES } from "@/lib/documents/publishing";
import { documentUrl } from "@/lib/documents/public";
import { fileNameHeader } from "@/lib/http/file-name";
import { json, requireApiRole, route } from "@/lib/http/api";
import { requestBodyStream } from "@/lib/http/request-body";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * POST the file's bytes as the request body (name in the `x-file-name` header, URI-encoded).
 * A route handler, not a server action (1 MB cap) and outside any proxy matcher (10 MB truncation):
 * proxy.ts matches only /catalogue, never this route.
 * Order: session and ownership, then the declared size, and only then the body is read — streamed
 * into the storage after its first bytes passed the type check.
 */
export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const actor = await requireApiRole(PUBLISHER_ROLES);
  const db = await getDb();
  await loadOwnDocument(db, actor, id);
  const size = checkDeclaredSize(request.headers.get("content-length"));
  if (!size.ok) return json({ error: size.message }, { status: size.status });
  const fileName = fileNameHeader(request);
  const result = await addAttachment(db, await getStorage(), actor, id, { fileName, content: requestBodyStream(request) });
  revalidateTag(CATALOGUE_TAG, { expire: 0 });
  revalidatePath(documentUrl(id));
  revalidatePath(`/staff/documents/${id}`);
  return json(result, { status: 201 });
});
