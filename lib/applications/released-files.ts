import { eq } from "drizzle-orm";
import { applicationFiles, applications, type ApplicationFileRow } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { recordApplicationAction } from "@/lib/audit";
import { assertRole, assertSameAgency, type Actor } from "@/lib/auth/roles";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage";
import { isFinished } from "@/lib/workflow/status";
import type { ApplicantAccess } from "./applicant-access";
import { checkUploadedFiles, removeStored, storeCheckedFiles, type UploadedFile, type UploadRules } from "./uploaded-files";
import { loadOwnApplication } from "./owned-application";
import { WORKBENCH_ROLES } from "./workbench/inbox";
import { isUuid } from "@/lib/validation/uuid";
import { RELEASED_FILE_LIMITS } from "./attachment-rules";

/** The kind of application file that carries information released with the reply (条例第三十六条第二项、第三十七条). */
export const RELEASED_FILE_KIND = "released";

/** What a clerk may release: documents and scans, checked by content. */
export const RELEASED_UPLOADS: UploadRules = {
  path: "file",
  what: "提供的政府信息",
  ...RELEASED_FILE_LIMITS,
};

/** Released files reach the applicant with the approved reply, not while staff are still drafting it. */
export const releasedFilesVisible = (application: { status: string }) => application.status === "replied";

export interface StoredFile {
  id: string;
  fileName: string;
  mime: string;
  size: number;
}

/**
 * 提供的政府信息: a clerk of the agency attaches a file to release with the reply while drafting it
 * (before the reply is issued). The applicant can download it once the reply is approved.
 */
export async function addReleasedFile(db: Db, storage: FileStorage, actor: Actor, applicationId: string, upload: UploadedFile, now = new Date()): Promise<StoredFile> {
  assertRole(actor, ["clerk"]);
  if (!isUuid(applicationId)) throw new NotFoundError("未找到该申请。");
  const checked = await checkUploadedFiles([upload], { ...RELEASED_UPLOADS, requiredMessage: "请选择要提供的文件。" });
  const [file] = await storeCheckedFiles(storage, checked, "released", RELEASED_UPLOADS);
  try {
    return await db.transaction(async (tx) => {
      const [application] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for("update");
      if (!application) throw new NotFoundError("未找到该申请。");
      assertSameAgency(actor, application.agencyId);
      if (isFinished(application.status)) throw new ConflictError("答复已经作出或申请已终止，不能再添加提供的文件。");
      const [row] = await tx
        .insert(applicationFiles)
        .values({
          applicationId,
          kind: RELEASED_FILE_KIND,
          storageKey: file!.key,
          fileName: file!.name,
          mime: file!.detected.mime,
          size: file!.size,
          sha256: file!.sha256,
          uploadedBy: actor.userId,
          uploadedAt: now,
        })
        .returning();
      await recordApplicationAction(tx, actor, {
        agencyId: application.agencyId,
        applicationId,
        action: "addReleasedFile",
        details: { file: row!.fileName, sha256: row!.sha256 },
      });
      return { id: row!.id, fileName: row!.fileName, mime: row!.mime, size: row!.size };
    });
  } catch (error) {
    await removeStored(storage, [file!]);
    throw error;
  }
}

async function fileWithApplication(db: Queryable, fileId: string) {
  if (!isUuid(fileId)) return undefined;
  const [row] = await db
    .select({ file: applicationFiles, application: { id: applications.id, userId: applications.userId, status: applications.status, agencyId: applications.agencyId } })
    .from(applicationFiles)
    .innerJoin(applications, eq(applications.id, applicationFiles.applicationId))
    .where(eq(applicationFiles.id, fileId));
  return row;
}

/**
 * The applicant downloads the files released with the approved reply, and their own correction
 * attachments — of their own application only; anything else (another applicant's file, a file
 * of a reply not yet issued, an identity proof) is 404.
 */
export async function openApplicantFile(db: Queryable, who: ApplicantAccess, fileId: string): Promise<ApplicationFileRow> {
  const row = await fileWithApplication(db, fileId);
  if (!row) throw new NotFoundError("未找到该文件。");
  await loadOwnApplication(db, who, row.application.id);
  const allowed = (row.file.kind === RELEASED_FILE_KIND && releasedFilesVisible(row.application)) || row.file.kind === "correction";
  if (!allowed) throw new NotFoundError("未找到该文件。");
  return row.file;
}

/**
 * Staff who handle the agency's applications (the workbench roles: clerk, reviewer, admin —
 * 条例第三十条至第三十七条 receipt, correction, review, reply) download their correction attachments
 * and released files. A publisher (信息发布员) keeps the catalogue and has no business with
 * applicants' files: least privilege.
 */
export async function openStaffFile(db: Queryable, actor: Actor, fileId: string): Promise<ApplicationFileRow> {
  assertRole(actor, WORKBENCH_ROLES);
  const row = await fileWithApplication(db, fileId);
  if (!row || (row.file.kind !== RELEASED_FILE_KIND && row.file.kind !== "correction")) throw new NotFoundError("未找到该文件。");
  assertSameAgency(actor, row.application.agencyId);
  return row.file;
}
