import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/** A raw upload body as a Node stream (empty when there is none), so it is never buffered whole. */
export function requestBodyStream(request: Request): Readable {
  return request.body ? Readable.fromWeb(request.body as NodeReadableStream) : Readable.from([]);
}
