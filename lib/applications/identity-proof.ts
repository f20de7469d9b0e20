import { checkUploadedFiles, type CheckedFile, type UploadedFile, type UploadRules } from "./uploaded-files";

export type { CheckedFile, UploadedFile } from "./uploaded-files";

import { IDENTITY_PROOF_LIMITS, IDENTITY_PROOF_TEXT } from "./identity-proof-rules";

export { IDENTITY_PROOF_LIMITS } from "./identity-proof-rules";

/** 身份证明 (条例第二十九条): the limits of identity-proof-rules.ts, the type checked by content. */

export const IDENTITY_PROOF_UPLOADS: UploadRules = {
  path: "identityProof",
  what: "身份证明",
  ...IDENTITY_PROOF_LIMITS,
  requiredMessage: IDENTITY_PROOF_TEXT.required,
};

export async function checkIdentityProofs(files: UploadedFile[]): Promise<CheckedFile[]> {
  return checkUploadedFiles(files, IDENTITY_PROOF_UPLOADS);
}
