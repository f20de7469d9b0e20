import { getDb } from "@/db/client";
import { openStaffFile } from "@/lib/applications/released-files";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { fileDownload } from "@/lib/http/file-download";
import { requireApiRole, route } from "@/lib/http/api";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** Staff who handle the agency's applications (not its publisher) download correction attachments and released files. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ fileId: string }> }) => {
  const { fileId } = await params;
  const actor = await requireApiRole(WORKBENCH_ROLES);
  return fileDownload(await getStorage(), await openStaffFile(await getDb(), actor, fileId), "private, no-store");
});
