import { applicationFiles } from "@/db/schema";
import type { Db } from "@/db/types";
import { assertRole } from "@/lib/auth/roles";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { getStorage, type FileStorage } from "@/lib/storage";
import { applicantWorkflowActor, isProvenApplicant, type ApplicantAccess } from "../applicant-access";
import { isApplicantOf, loadOwnApplication } from "../owned-application";
import { checkUploadedFiles, removeStored, storeCheckedFiles, type UploadedFile, type UploadRules } from "../uploaded-files";
import { applyStep, type ActionOutcome, type Party } from "../case/apply";
import { CORRECTION_ATTACHMENT_LIMITS } from "../attachment-rules";
import { isApplicantAction, STEPS } from "../case/steps";

/** 补正材料: scans, photos or documents the applicant adds to the correction, checked by content like the identity proof. */
export const CORRECTION_UPLOADS: UploadRules = {
  path: "files",
  what: "补正材料",
  ...CORRECTION_ATTACHMENT_LIMITS,
};

const NOT_YOURS = "未找到该申请，或您无权办理该申请。";

/**
 * A step the applicant takes online (answer a correction, accept or decline a fee, withdraw), as
 * one transaction through the workbench's step runner: row lock, lib/workflow's judgement (state,
 * guard, Chinese refusal), the event by `applicant`, the clock, the letter and the audit entry.
 * The applicant is the account that filed it or whoever just proved its tracking code; anyone
 * else gets 404, so application ids cannot be probed.
 */
export async function performApplicantAction(
  db: Db,
  who: ApplicantAccess,
  applicationId: string,
  action: string,
  rawInput: unknown,
  { now = new Date(), uploads = [], storage }: { now?: Date; uploads?: UploadedFile[]; storage?: FileStorage } = {},
): Promise<ActionOutcome> {
  if (!isProvenApplicant(who)) assertRole(who, ["citizen"]);
  if (!isApplicantAction(action)) throw new NotFoundError("不支持的操作。");
  await loadOwnApplication(db, who, applicationId);
  if (uploads.length > 0 && action !== "answerCorrection") throw new ValidationError([{ path: "files", message: "此操作不接受附件。" }]);
  const prepared = STEPS[action].prepare(rawInput, "applicant");
  const checked = await checkUploadedFiles(uploads, CORRECTION_UPLOADS);

  const party: Party = {
    actor: applicantWorkflowActor(who),
    kind: "applicant",
    name: (file) => file.row.applicantName,
    auditActor: isProvenApplicant(who) ? null : who,
    authorize: (file) => {
      if (!isApplicantOf(who, file.row)) throw new NotFoundError(NOT_YOURS);
    },
  };
  const files = checked.length > 0 ? (storage ?? (await getStorage())) : null;
  const stored = files ? await storeCheckedFiles(files, checked, "corrections", CORRECTION_UPLOADS) : [];
  try {
    return await db.transaction(async (tx) => {
      const outcome = await applyStep(tx, party, applicationId, action, prepared, now);
      if (stored.length > 0) {
        await tx.insert(applicationFiles).values(
          stored.map((file) => ({
            applicationId,
            kind: "correction",
            storageKey: file.key,
            fileName: file.name,
            mime: file.detected.mime,
            size: file.size,
            sha256: file.sha256,
            uploadedBy: party.actor.userId,
            uploadedAt: now,
          })),
        );
      }
      return outcome;
    });
  } catch (error) {
    if (files) await removeStored(files, stored);
    throw error;
  }
}
