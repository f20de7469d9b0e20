import type { FileDownload } from "@/lib/applications/released-files";

/**
 * A stored file as a download: the type detected at upload, the name RFC 6266-encoded, never
 * sniffed or cached by shared caches.
 */
export function fileResponse(file: FileDownload): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.mime,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
