import { checkUploadedFiles, type CheckedFile, type UploadedFile, type UploadRules } from "./uploaded-files";

export type { CheckedFile, UploadedFile } from "./uploaded-files";

/** 身份证明 (条例第二十九条): JPEG/PNG/PDF, ≤ 10 MB each, up to 3 files, type checked by content. */
export const IDENTITY_PROOF_LIMITS = { maxFiles: 3, maxBytes: 10 * 1024 * 1024, kinds: ["jpg", "png", "pdf"] as const };

export const IDENTITY_PROOF_UPLOADS: UploadRules = {
  path: "identityProof",
  what: "身份证明",
  ...IDENTITY_PROOF_LIMITS,
  requiredMessage: "请上传身份证明（证件照片或扫描件，JPEG、PNG 或 PDF 格式）。",
};

export async function checkIdentityProofs(files: UploadedFile[]): Promise<CheckedFile[]> {
  return checkUploadedFiles(files, IDENTITY_PROOF_UPLOADS);
}
