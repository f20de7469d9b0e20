import { getDb } from "@/db/client";
import { openApplicantFile } from "@/lib/applications/released-files";
import { provenApplicant } from "@/lib/auth/applicant";
import { getActor } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { fileDownload } from "@/lib/http/file-download";
import { route } from "@/lib/http/api";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * The applicant downloads a released file of their approved reply (or their own correction
 * attachment). Whoever is not this application's applicant gets 404 (also for guessed ids).
 */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ fileId: string }> }) => {
  const { fileId } = await params;
  const db = await getDb();
  // The look-up session or the account may be the proof that owns the file: try each.
  for (const who of [await provenApplicant(), await getActor()]) {
    if (!who) continue;
    try {
      const file = await openApplicantFile(db, who, fileId);
      return fileDownload(await getStorage(), file, "private, no-store");
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
    }
  }
  throw new NotFoundError("未找到该文件。");
});
