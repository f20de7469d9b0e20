import { getDb } from "@/db/client";
import { openStaffFile } from "@/lib/applications/released-files";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { fileResponse } from "@/lib/http/file-response";
import { requireApiRole, route } from "@/lib/http/api";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** Staff of the agency download an application's correction attachments and released files. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ fileId: string }> }) => {
  const { fileId } = await params;
  const actor = await requireApiRole(STAFF_ROLES);
  return fileResponse(await openStaffFile(await getDb(), await getStorage(), actor, fileId));
});
