/** A stored file as a download: its checked type, both filename forms (Chinese names), no sniffing. */
export function fileDownload(file: { fileName: string; mime: string }, bytes: Uint8Array, cacheControl: string): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": file.mime,
      "content-length": String(bytes.byteLength),
      "content-disposition": `attachment; filename="${encodeURIComponent(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": cacheControl,
    },
  });
}
