import { getDb } from "@/db/client";
import { getStaffLetter } from "@/lib/applications/workbench/case-view";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { NotFoundError } from "@/lib/errors";
import { fileDownload } from "@/lib/http/file-download";
import { requireApiRole, route } from "@/lib/http/api";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** Staff of the issuing agency download a letter's signed PDF (issue 16), e.g. to serve it on paper. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string; letterId: string }> }) => {
  const { id, letterId } = await params;
  const actor = await requireApiRole(WORKBENCH_ROLES);
  const { pdf } = await getStaffLetter(await getDb(), actor, id, letterId);
  if (!pdf) throw new NotFoundError("该文书没有电子签章版本。");
  return fileDownload(await getStorage(), pdf, "private, no-store");
});
