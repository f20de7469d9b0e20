import type { Readable } from "node:stream";
import { ValidationError } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage";
import { detectFile, FILE_KINDS, type DetectedFile, type FileKind } from "@/lib/storage/file-kind";
import { cleanDisplayName, nameFromContent } from "@/lib/storage/file-name";
import { putMeasured, sniffContent, UploadTooLargeError, type UploadContent } from "@/lib/storage/upload-stream";

export interface UploadedFile {
  name: string;
  content: UploadContent;
}

/** An upload whose content passed the check, not yet stored. */
export interface CheckedFile {
  /** The name to store and show: cleaned, with the extension of the detected content (lib/storage/file-name). */
  name: string;
  detected: DetectedFile;
  body: Readable;
}

/** A checked upload in the storage: what its application_files row records. */
export interface StoredUpload {
  name: string;
  detected: DetectedFile;
  key: string;
  size: number;
  sha256: string;
}

/** What one upload field accepts: the form path its errors go to, the kinds (by content), the limits. */
export interface UploadRules {
  path: string;
  /** The files' name in messages, e.g. 身份证明. */
  what: string;
  kinds: readonly FileKind[];
  maxFiles: number;
  maxBytes: number;
  /** The message when a required field has no file; undefined: the field is optional. */
  requiredMessage?: string;
}

function kindList(kinds: readonly FileKind[]): string {
  const labels = kinds.map((kind) => FILE_KINDS[kind].label.replace(/ 图片$/, ""));
  return labels.length > 1 ? `${labels.slice(0, -1).join("、")} 或 ${labels.at(-1)}` : (labels[0] ?? "");
}

const refusal = (rules: UploadRules, message: string) => new ValidationError([{ path: rules.path, message }]);
const tooLarge = (rules: UploadRules, name: string) =>
  refusal(rules, `文件“${name}”超过 ${Math.round(rules.maxBytes / 1024 / 1024)} MB，请压缩或换一个较小的文件后重新上传。`);

/**
 * Check uploads by their content (magic bytes), never by the name or the browser's content type,
 * with a Chinese sentence beside the field for each refusal. A name whose extension contradicts the
 * content is refused too. Only each file's first bytes are read; nothing is stored here.
 */
export async function checkUploadedFiles(files: UploadedFile[], rules: UploadRules): Promise<CheckedFile[]> {
  if (files.length === 0 && rules.requiredMessage) throw refusal(rules, rules.requiredMessage);
  if (files.length > rules.maxFiles) throw refusal(rules, `${rules.what}最多上传 ${rules.maxFiles} 个文件。`);
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const name = cleanDisplayName(file.name) || rules.what;
    if (file.content instanceof Uint8Array && file.content.byteLength > rules.maxBytes) throw tooLarge(rules, name);
    const { head, body } = await sniffContent(file.content);
    const detected = await detectFile(head, rules.kinds, name);
    if (!detected) throw refusal(rules, `文件“${name}”不是 ${kindList(rules.kinds)} 文件，请重新选择。`);
    const named = nameFromContent(name, detected, rules.what);
    if (!named.ok) throw refusal(rules, named.message);
    checked.push({ name: named.fileName, detected, body });
  }
  return checked;
}

/**
 * Stream checked uploads into the storage, measuring each (size limit, SHA-256). All or nothing:
 * if one fails, those already stored are deleted again.
 */
export async function storeCheckedFiles(storage: FileStorage, files: CheckedFile[], prefix: string, rules: UploadRules): Promise<StoredUpload[]> {
  const stored: StoredUpload[] = [];
  try {
    for (const file of files) {
      try {
        const { key, size, sha256 } = await putMeasured(storage, file.body, { prefix, extension: file.detected.extension }, rules.maxBytes);
        stored.push({ name: file.name, detected: file.detected, key, size, sha256 });
      } catch (error) {
        throw error instanceof UploadTooLargeError ? tooLarge(rules, file.name) : error;
      }
    }
    return stored;
  } catch (error) {
    await removeStored(storage, stored);
    throw error;
  }
}

/** Take stored uploads out again (their transaction failed, or an idempotent replay made them unneeded). */
export async function removeStored(storage: FileStorage, stored: { key: string }[]): Promise<void> {
  await Promise.all(stored.map(({ key }) => storage.delete(key).catch(() => {})));
}
