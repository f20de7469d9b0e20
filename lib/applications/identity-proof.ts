import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { detectFile, type DetectedFile } from "@/lib/storage/file-kind";

/** 身份证明 (条例第二十九条): JPEG/PNG/PDF, ≤ 10 MB each, up to 3 files, type checked by content. */
export const IDENTITY_PROOF_LIMITS = { maxFiles: 3, maxBytes: 10 * 1024 * 1024, kinds: ["jpg", "png", "pdf"] as const };

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile extends UploadedFile {
  detected: DetectedFile;
  sha256: string;
}

const PATH = "identityProof";

export async function checkIdentityProofs(files: UploadedFile[]): Promise<CheckedFile[]> {
  if (files.length === 0) {
    throw new ValidationError([{ path: PATH, message: "请上传身份证明（证件照片或扫描件，JPEG、PNG 或 PDF 格式）。" }]);
  }
  if (files.length > IDENTITY_PROOF_LIMITS.maxFiles) {
    throw new ValidationError([{ path: PATH, message: `身份证明最多上传 ${IDENTITY_PROOF_LIMITS.maxFiles} 个文件。` }]);
  }
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const name = file.name.slice(0, 200) || "身份证明";
    if (file.bytes.byteLength > IDENTITY_PROOF_LIMITS.maxBytes) {
      throw new ValidationError([{ path: PATH, message: `文件“${name}”超过 10 MB，请压缩或换一张较小的图片后重新上传。` }]);
    }
    const detected = await detectFile(file.bytes, IDENTITY_PROOF_LIMITS.kinds, name);
    if (!detected) {
      throw new ValidationError([{ path: PATH, message: `文件“${name}”不是 JPEG、PNG 或 PDF 文件，请重新选择。` }]);
    }
    checked.push({ name, bytes: file.bytes, detected, sha256: createHash("sha256").update(file.bytes).digest("hex") });
  }
  return checked;
}
