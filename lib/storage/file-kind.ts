import { fileTypeFromBuffer } from "file-type";

/** The kinds of upload the portal accepts, checked by content (magic bytes), never by the name. */
export const FILE_KINDS = {
  pdf: { mime: "application/pdf", label: "PDF" },
  jpg: { mime: "image/jpeg", label: "JPEG 图片" },
  png: { mime: "image/png", label: "PNG 图片" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word 文档" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel 表格" },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PowerPoint 演示文稿" },
  /** Legacy .doc/.xls/.ppt (OLE compound file). */
  cfb: { mime: "application/x-cfb", label: "Office 文档（97-2003）" },
  ofd: { mime: "application/ofd", label: "OFD 版式文件" },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

const LEGACY_OFFICE_EXTENSIONS = { doc: "application/msword", xls: "application/vnd.ms-excel", ppt: "application/vnd.ms-powerpoint" } as const;

export interface DetectedFile {
  kind: FileKind;
  mime: string;
  extension: string;
}

/**
 * Detect what a file really is from its first bytes, and accept it only if it is one of `allowed`.
 * Returns undefined for anything else (e.g. an executable renamed to .pdf).
 */
export async function detectFile(bytes: Uint8Array, allowed: readonly FileKind[], fileName = ""): Promise<DetectedFile | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return undefined;
  const kind = (detected.ext === "jpg" ? "jpg" : detected.ext) as FileKind;
  if (!allowed.includes(kind)) return undefined;
  if (kind === "cfb") {
    // Keep the Office kind the name claims, but only among legacy Office formats.
    const claimed = fileName.split(".").pop()?.toLowerCase() as keyof typeof LEGACY_OFFICE_EXTENSIONS | undefined;
    if (!claimed || !(claimed in LEGACY_OFFICE_EXTENSIONS)) return undefined;
    return { kind, mime: LEGACY_OFFICE_EXTENSIONS[claimed], extension: claimed };
  }
  return { kind, mime: FILE_KINDS[kind].mime, extension: detected.ext };
}

/** 1.5 MB, 23 KB … for lists of attachments. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
