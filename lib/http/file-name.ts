import { ValidationError } from "@/lib/errors";
import { hasForbiddenCharacters } from "@/lib/validation/text";

/**
 * An uploaded file's name as the client sent it. A name with a control character (`a%00.pdf`) is
 * refused (400): it would break the stored record and every download header. Making the name safe
 * to store and serve (path separators, extension from the content) is the upload use case's job.
 */
export function clientFileName(name: string, path = "file"): string {
  if (hasForbiddenCharacters(name)) {
    throw new ValidationError([{ path, message: "文件名含有不可见的控制字符，请重命名文件后重新上传。" }]);
  }
  return name;
}

/** The `x-file-name` header (URI-encoded); one that cannot be decoded counts as no name. */
export function fileNameHeader(request: Request): string {
  let name = "";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    name = "";
  }
  return clientFileName(name);
}
