import type { FileKind } from "@/lib/storage/file-kind";

/**
 * 身份证明 (条例第二十九条: the application states the applicant's proof of identity): what may be
 * uploaded, and the words for it. Client-safe (type imports only): the application form, the
 * server's content check (identity-proof.ts), the body-size gate and the API description read
 * the same limits.
 */
export const IDENTITY_PROOF_LIMITS = { maxFiles: 3, maxBytes: 10 * 1024 * 1024, kinds: ["jpg", "png", "pdf"] as const satisfies readonly FileKind[] };

const MEGABYTES = IDENTITY_PROOF_LIMITS.maxBytes / 1024 / 1024;
const KIND_NAMES: Record<(typeof IDENTITY_PROOF_LIMITS.kinds)[number], { name: string; accept: string[] }> = {
  jpg: { name: "JPEG", accept: [".jpg", ".jpeg", "image/jpeg"] },
  png: { name: "PNG", accept: [".png", "image/png"] },
  pdf: { name: "PDF", accept: [".pdf", "application/pdf"] },
};
const kindNames = IDENTITY_PROOF_LIMITS.kinds.map((kind) => KIND_NAMES[kind].name);

/** "JPEG、PNG 或 PDF". */
export const IDENTITY_PROOF_KIND_LIST = `${kindNames.slice(0, -1).join("、")} 或 ${kindNames.at(-1)}`;

/** The file picker's `accept`: a hint to the browser; the server checks the content. */
export const IDENTITY_PROOF_ACCEPT = IDENTITY_PROOF_LIMITS.kinds.flatMap((kind) => KIND_NAMES[kind].accept).join(",");

export const IDENTITY_PROOF_TEXT = {
  hint: `证件照片或扫描件，${IDENTITY_PROOF_KIND_LIST} 格式，每个不超过 ${MEGABYTES} MB，最多 ${IDENTITY_PROOF_LIMITS.maxFiles} 个文件（条例第二十九条）。`,
  required: `请上传身份证明（证件照片或扫描件，${IDENTITY_PROOF_KIND_LIST} 格式）。`,
  tooMany: `身份证明最多上传 ${IDENTITY_PROOF_LIMITS.maxFiles} 个文件。`,
  tooLarge: (name: string) => `文件“${name}”超过 ${MEGABYTES} MB，请压缩或换一张较小的图片后重新上传。`,
  bodyTooLarge: `提交的内容过大：身份证明最多 ${IDENTITY_PROOF_LIMITS.maxFiles} 个文件，每个不超过 ${MEGABYTES} MB。请压缩后重新提交。`,
  api: `身份证明（${kindNames.join("/")}，按内容识别，每个 ≤ ${MEGABYTES} MB，最多 ${IDENTITY_PROOF_LIMITS.maxFiles} 个）`,
} as const;

/** What the browser can check before sending (count and size); the type is checked by content on the server. */
export function identityProofSelectionProblem(files: readonly { name: string; size: number }[]): string | undefined {
  if (files.length === 0) return IDENTITY_PROOF_TEXT.required;
  if (files.length > IDENTITY_PROOF_LIMITS.maxFiles) return IDENTITY_PROOF_TEXT.tooMany;
  const big = files.find((file) => file.size > IDENTITY_PROOF_LIMITS.maxBytes);
  return big ? IDENTITY_PROOF_TEXT.tooLarge(big.name) : undefined;
}
