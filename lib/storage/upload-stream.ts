import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { FileStorage } from "./index";

/** Enough of a file's start for file-type to tell every accepted kind (OOXML needs its first zip entries). */
export const SNIFF_BYTES = 64 * 1024;

/** An upload as it arrives: bytes already in memory (tests, seeds) or a stream (a request body). */
export type UploadContent = Uint8Array | Readable;

/**
 * The first bytes of an upload for the type check, and the whole upload again (head + rest) to
 * store — so the check happens before anything is stored and the body is never held whole.
 */
export async function sniffContent(content: UploadContent): Promise<{ head: Uint8Array; body: Readable }> {
  if (content instanceof Uint8Array) return { head: content.subarray(0, SNIFF_BYTES), body: Readable.from([content]) };
  const iterator = content[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    size += next.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  async function* whole() {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: head.subarray(0, SNIFF_BYTES), body: Readable.from(whole()) };
}

export class UploadTooLargeError extends Error {
  constructor() {
    super("upload exceeds its size limit");
    this.name = "UploadTooLargeError";
  }
}

/**
 * Store a body, measuring its size and SHA-256 on the way; past `maxBytes` the store is aborted
 * (nothing kept) and UploadTooLargeError thrown.
 */
export async function putMeasured(
  storage: FileStorage,
  body: Readable,
  hint: { prefix: string; extension: string },
  maxBytes: number,
): Promise<{ key: string; size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  // Pulled only as the storage reads it (a lazy generator, not pipe(), which would flow before anyone listens).
  async function* measured() {
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new UploadTooLargeError();
      hash.update(chunk);
      yield chunk;
    }
  }
  try {
    const key = await storage.put(Readable.from(measured()), hint);
    return { key, size, sha256: hash.digest("hex") };
  } catch (error) {
    body.destroy();
    if (size > maxBytes) throw new UploadTooLargeError();
    throw error;
  }
}
