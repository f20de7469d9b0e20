import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { detectFile, FILE_KINDS, type DetectedFile, type FileKind } from "@/lib/storage/file-kind";
import { cleanDisplayName, nameFromContent } from "@/lib/storage/file-name";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile extends UploadedFile {
  /** The name to store and show: cleaned, with the extension of the detected content (lib/storage/file-name). */
  name: string;
  detected: DetectedFile;
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

/**
 * Check uploads by their content (magic bytes), never by the name or the browser's content type,
 * with a Chinese sentence beside the field for each refusal. A name whose extension contradicts the
 * content is refused too. Nothing is stored here: callers store only files that all passed.
 */
export async function checkUploadedFiles(files: UploadedFile[], rules: UploadRules): Promise<CheckedFile[]> {
  const refuse = (message: string) => new ValidationError([{ path: rules.path, message }]);
  if (files.length === 0 && rules.requiredMessage) throw refuse(rules.requiredMessage);
  if (files.length > rules.maxFiles) throw refuse(`${rules.what}最多上传 ${rules.maxFiles} 个文件。`);
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const name = cleanDisplayName(file.name) || rules.what;
    if (file.bytes.byteLength > rules.maxBytes) {
      throw refuse(`文件“${name}”超过 ${Math.round(rules.maxBytes / 1024 / 1024)} MB，请压缩或换一个较小的文件后重新上传。`);
    }
    const detected = await detectFile(file.bytes, rules.kinds, name);
    if (!detected) throw refuse(`文件“${name}”不是 ${kindList(rules.kinds)} 文件，请重新选择。`);
    const named = nameFromContent(name, detected, rules.what);
    if (!named.ok) throw refuse(named.message);
    checked.push({ name: named.fileName, bytes: file.bytes, detected, sha256: createHash("sha256").update(file.bytes).digest("hex") });
  }
  return checked;
}
