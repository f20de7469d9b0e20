import { Readable } from "node:stream";
import type { FileStorage } from "@/lib/storage";
import { DomainError } from "@/lib/errors";
import { servedFileName } from "@/lib/storage/file-name";

/** What a download needs to know of a stored file (an application file or a document attachment). */
export interface StoredFileRef {
  storageKey: string;
  fileName: string;
  mime: string;
  size: number;
}

/** RFC 6266 `filename=` for old clients: ASCII only, no quotes or backslashes. */
const asciiFallback = (name: string) => name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");

/**
 * A stored file as a download, streamed from the storage to the response (never held whole in
 * memory): the type detected at upload, the name from that type (lib/storage/file-name) in both
 * filename forms (RFC 5987 `filename*` for Chinese names), always an attachment, never sniffed.
 */
export async function fileDownload(storage: FileStorage, file: StoredFileRef, cacheControl: string): Promise<Response> {
  const name = servedFileName(file.fileName, file.mime);
  const body = Readable.toWeb(await openStored(storage, file.storageKey)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "content-type": file.mime,
      "content-length": String(file.size),
      "content-disposition": `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "x-content-type-options": "nosniff",
      "cache-control": cacheControl,
    },
  });
}

/** A record whose object is gone (a store restored without its files, say) is the operator's fault, told plainly. */
async function openStored(storage: FileStorage, key: string): Promise<Readable> {
  try {
    return await storage.read(key);
  } catch (error) {
    console.error(`stored file ${key} cannot be read:`, error);
    throw new DomainError("该文件暂时无法读取，请稍后再试；如仍无法下载，请联系本机关政府信息公开工作机构。", 503);
  }
}
