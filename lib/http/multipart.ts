import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { requestBodyStream } from "./request-body";

/** An uploaded file of a multipart form, spooled to a scratch file as it arrived. */
export interface MultipartFile {
  field: string;
  /** The name the client gave (may be empty), not yet checked (lib/http/file-name). */
  name: string;
  /** Bytes received; at most the field's limit + 1, so a too-large file is still refused as such. */
  size: number;
  /** Its bytes, read from the scratch file in chunks. */
  open(): fs.ReadStream;
}

export interface MultipartForm {
  /** A text field's (first) value; a non-upload field sent as a file part is read as text too. */
  field(name: string): string | undefined;
  files(field: string): MultipartFile[];
  /** Remove the scratch files (call in `finally`). */
  cleanup(): Promise<void>;
}

export interface MultipartLimits {
  /** The fields whose file parts are uploads (spooled to disk); any other part is text in memory. */
  fileFields: readonly string[];
  /** Largest upload accepted: a file is cut off one byte past it, so the storage step refuses it in Chinese. */
  maxFileBytes: number;
  /** Uploads counted; one more is kept, so the use case refuses the count with its own message. */
  maxFiles: number;
}

/** The body is not a multipart form we can read (wrong content type, broken framing, a text field too long). */
export class MultipartError extends Error {
  constructor(reason: string) {
    super(`multipart body refused: ${reason}`);
    this.name = "MultipartError";
  }
}

/** Text fields (the application's JSON, a solved challenge) stay small: Next's own server-action cap. */
const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * Parse a multipart request with busboy (issue 12 item 1: streams, not whole files in memory).
 * Each upload is written to a scratch file while it arrives — at most one socket buffer of it is in
 * memory at a time — and handed on as a stream from that file, so the use case can still check
 * every file's signature before it stores any (lib/applications/uploaded-files.ts). The caller
 * checks Content-Length first; the limits here bound what a lying client can make us write.
 */
export async function readMultipart(request: Request, limits: MultipartLimits): Promise<MultipartForm> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      // Browsers send a file's UTF-8 name as raw bytes in `filename="…"`; busboy's default is latin1.
      defParamCharset: "utf8",
      limits: { fileSize: limits.maxFileBytes + 1, fieldSize: MAX_TEXT_BYTES, parts: 64 },
    });
  } catch {
    throw new MultipartError("content type is not multipart/form-data");
  }

  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "portal-upload-"));
  const opened: fs.ReadStream[] = [];
  const cleanup = async () => {
    for (const stream of opened) stream.destroy(); // a file the use case refused before reading it
    await fs.promises.rm(dir, { recursive: true, force: true });
  };
  const fields = new Map<string, string>();
  const files: MultipartFile[] = [];
  const writes: Promise<void>[] = [];
  let refused: string | undefined;
  const refuse = (reason: string) => {
    refused ??= reason;
  };
  // Every part's promise settles with a reason, never rejects on its own: the parse decides below.
  const track = (work: Promise<void>) => writes.push(work.catch((error: unknown) => refuse(error instanceof Error ? error.message : "part failed")));

  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) refuse(`field ${name} too long`);
    else if (!fields.has(name)) fields.set(name, value);
  });
  parser.on("file", (name, stream, info) => {
    if (!limits.fileFields.includes(name)) {
      // A text field sent as a file part (allowed for the application's JSON): read it, bounded.
      track(
        readText(stream).then((text) => {
          if (text === undefined) refuse(`field ${name} too long`);
          else if (!fields.has(name)) fields.set(name, text);
        }),
      );
      return;
    }
    if (files.filter((file) => file.field === name).length > limits.maxFiles) {
      stream.resume(); // past the count the use case refuses anyway: not written
      return;
    }
    const scratch = path.join(dir, String(files.length));
    const file: MultipartFile = {
      field: name,
      name: info.filename ?? "",
      size: 0,
      open: () => {
        const stream = fs.createReadStream(scratch);
        opened.push(stream);
        return stream;
      },
    };
    files.push(file);
    const out = fs.createWriteStream(scratch);
    track(pipeline(stream, out).then(() => void (file.size = out.bytesWritten)));
  });
  parser.on("partsLimit", () => refuse("too many parts"));

  try {
    await pipeline(requestBodyStream(request), parser);
  } catch (error) {
    refuse(error instanceof Error ? error.message : "unreadable body");
  }
  await Promise.all(writes);
  if (refused) {
    await cleanup();
    throw new MultipartError(refused);
  }
  return {
    field: (name) => fields.get(name),
    files: (field) => files.filter((file) => file.field === field),
    cleanup,
  };
}

/** A small part's text, or undefined past MAX_TEXT_BYTES (the rest is drained, not kept). */
async function readText(stream: NodeJS.ReadableStream): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        size += chunk.byteLength;
        if (size <= MAX_TEXT_BYTES) chunks.push(chunk);
        done();
      },
    }),
  );
  return size > MAX_TEXT_BYTES ? undefined : Buffer.concat(chunks).toString("utf8");
}
