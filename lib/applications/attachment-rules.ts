import type { FileKind } from "@/lib/storage/file-kind";

/**
 * The limits of the files attached to a case outside the application form: the applicant's 补正材料
 * (条例第三十条) and the files a clerk releases with the reply (条例第三十六条第二项、第三十七条). Client-safe
 * (type imports only), like identity-proof-rules.ts: the use cases' content checks, the routes' body-size
 * gates and 413 messages, and the forms' hints read the same numbers.
 */
const MB = 1024 * 1024;

export const CORRECTION_ATTACHMENT_LIMITS = {
  maxFiles: 5,
  maxBytes: 10 * MB,
  kinds: ["pdf", "jpg", "png", "docx", "ofd"] as const satisfies readonly FileKind[],
};

export const RELEASED_FILE_LIMITS = {
  maxFiles: 1,
  maxBytes: 20 * MB,
  kinds: ["pdf", "ofd", "docx", "xlsx", "pptx", "cfb", "jpg", "png"] as const satisfies readonly FileKind[],
};

const megabytes = (bytes: number) => bytes / MB;

const CORRECTION_KIND_NAMES: Record<(typeof CORRECTION_ATTACHMENT_LIMITS.kinds)[number], { name: string; accept: string[] }> = {
  pdf: { name: "PDF", accept: [".pdf"] },
  jpg: { name: "JPEG", accept: [".jpg", ".jpeg"] },
  png: { name: "PNG", accept: [".png"] },
  docx: { name: "Word", accept: [".docx"] },
  ofd: { name: "OFD", accept: [".ofd"] },
};
const correctionKindNames = CORRECTION_ATTACHMENT_LIMITS.kinds.map((kind) => CORRECTION_KIND_NAMES[kind].name);
const correctionKindList = `${correctionKindNames.slice(0, -1).join("、")} 或 ${correctionKindNames.at(-1)}`;
const correctionMegabytes = megabytes(CORRECTION_ATTACHMENT_LIMITS.maxBytes);

/** The file picker's `accept`: a hint to the browser; the server checks the content. */
export const CORRECTION_ATTACHMENT_ACCEPT = CORRECTION_ATTACHMENT_LIMITS.kinds.flatMap((kind) => CORRECTION_KIND_NAMES[kind].accept).join(",");

export const CORRECTION_ATTACHMENT_TEXT = {
  hint: `${correctionKindList} 文件，最多 ${CORRECTION_ATTACHMENT_LIMITS.maxFiles} 个，每个不超过 ${correctionMegabytes} MB。`,
  bodyTooLarge: `提交的内容过大：补正材料最多 ${CORRECTION_ATTACHMENT_LIMITS.maxFiles} 个文件，每个不超过 ${correctionMegabytes} MB。请压缩后重新提交。`,
} as const;

const releasedMegabytes = megabytes(RELEASED_FILE_LIMITS.maxBytes);

export const RELEASED_FILE_TEXT = {
  hint: `PDF、OFD、Office 文档或图片，不超过 ${releasedMegabytes} MB；答复审核通过后申请人可下载。`,
  tooLarge: `文件超过 ${releasedMegabytes} MB，请压缩或拆分后上传。`,
} as const;
