import { getDb } from "@/db/client";
import { getApplicantLetterById } from "@/lib/applications/applicant-letters";
import { provenApplicant } from "@/lib/auth/applicant";
import { getActor } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { fileDownload } from "@/lib/http/file-download";
import { route } from "@/lib/http/api";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * The applicant downloads the signed PDF of a letter to them (issue 16; 条例第四十条 电子送达).
 * Owner only, by the account or the look-up session: anyone else gets 404, also for guessed ids.
 */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ letterId: string }> }) => {
  const { letterId } = await params;
  const db = await getDb();
  for (const who of [await provenApplicant(), await getActor()]) {
    if (!who) continue;
    try {
      const { pdf } = await getApplicantLetterById(db, who, letterId);
      if (!pdf) throw new NotFoundError("该文书没有电子签章版本。");
      return fileDownload(await getStorage(), pdf, "private, no-store");
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
    }
  }
  throw new NotFoundError("未找到该文书。");
});
