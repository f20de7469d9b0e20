import { FILE_KINDS, type DetectedFile } from "./file-kind";

/**
 * Names of stored and served files. A name comes from the uploader and is shown to staff and
 * applicants and offered to their browsers, so it must not carry a path, control or bidi-override
 * characters (`报告\u202Efdp.exe` shows as `报告exe.pdf`), or an extension that makes a PDF open as
 * an HTML application (`补正材料.hta`, `poly.html`, `x.pdf.exe`). The extension is always the one of
 * the detected content.
 */

const MAX_NAME_LENGTH = 200;
/** C0/C1 controls, and the bidi overrides/isolates that reorder what a name appears to say. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A trailing `.abc`: letters or digits with at least one letter (so `2024.12.31` has no extension). */
const EXTENSION = /\.([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)$/;
const ALIASES: Record<string, readonly string[]> = { jpg: ["jpg", "jpeg", "jpe"] };
const EXTENSION_OF_MIME: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FILE_KINDS).map(([kind, { mime }]) => [mime, kind])),
  "application/msword": "doc",
  "application/vnd.ms-excel": "xls",
  "application/vnd.ms-powerpoint": "ppt",
};

/** What the uploader called it, without folders (either separator) and invisible characters. */
export function cleanDisplayName(name: string): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? "";
  return lastSegment.replace(INVISIBLE, "").trim().slice(0, MAX_NAME_LENGTH);
}

const matches = (claimed: string, actual: string) => (ALIASES[actual] ?? [actual]).includes(claimed.toLowerCase());

export type NamingResult = { ok: true; fileName: string } | { ok: false; message: string };

/**
 * The stored name of an upload: the cleaned name with the extension of what the content is.
 * A name whose extension claims another type is refused (an honest uploader renames it; a polyglot
 * is not stored under a name that would run it). A name without an extension gets the detected one.
 */
export function nameFromContent(uploadedName: string, detected: DetectedFile, fallback: string): NamingResult {
  const cleaned = cleanDisplayName(uploadedName);
  const claimed = EXTENSION.exec(cleaned)?.[1];
  if (claimed && !matches(claimed, detected.extension)) {
    const label = FILE_KINDS[detected.kind].label;
    return {
      ok: false,
      message: `文件“${cleaned}”的扩展名“.${claimed}”与文件内容（${label}）不符，未予保存。请确认文件无误后，将扩展名改为“.${detected.extension}”再上传。`,
    };
  }
  const base = (claimed ? cleaned.slice(0, -claimed.length - 1) : cleaned).replace(/[.\s]+$/, "") || fallback;
  return { ok: true, fileName: `${base.slice(0, MAX_NAME_LENGTH - 9)}.${detected.extension}` };
}

/**
 * The name a stored file is served under, from its recorded (detected) type: rows stored before
 * names were checked may still say `补正材料.hta`; they are served as `补正材料.pdf`.
 */
export function servedFileName(storedName: string, mime: string): string {
  const extension = EXTENSION_OF_MIME[mime] ?? "bin";
  const cleaned = cleanDisplayName(storedName);
  const claimed = EXTENSION.exec(cleaned)?.[1];
  if (claimed && matches(claimed, extension)) return cleaned;
  const base = (claimed ? cleaned.slice(0, -claimed.length - 1) : cleaned).replace(/[.\s]+$/, "") || "文件";
  const inner = EXTENSION.exec(base)?.[1]; // `x.pdf.exe` → `x.pdf`, not `x.pdf.pdf`
  return inner && matches(inner, extension) ? base : `${base}.${extension}`;
}
