import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { localDirectoryStorage } from "./index";
import { putMeasured, SNIFF_BYTES, sniffContent, UploadTooLargeError } from "./upload-stream";

const chunked = (bytes: Buffer, size = 1000) => Readable.from(Array.from({ length: Math.ceil(bytes.byteLength / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

describe("uploads are checked from their first bytes and streamed into the storage", () => {
  it("gives the head for the type check and the whole body, unchanged, to store", async () => {
    const bytes = randomBytes(SNIFF_BYTES * 3 + 17);
    const { head, body } = await sniffContent(chunked(bytes));
    expect(Buffer.from(head)).toEqual(bytes.subarray(0, SNIFF_BYTES));
    expect(await buffer(body)).toEqual(bytes);
    const small = await sniffContent(chunked(Buffer.from("%PDF-1.4")));
    expect(Buffer.from(small.head).toString()).toBe("%PDF-1.4");
  });

  it("measures size and SHA-256, and keeps nothing of a body past the limit", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-measured-"));
    const storage = localDirectoryStorage(root);
    const bytes = randomBytes(5000);
    const stored = await putMeasured(storage, chunked(bytes), { prefix: "released", extension: "pdf" }, 5000);
    expect(stored.size).toBe(5000);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(putMeasured(storage, chunked(randomBytes(5001)), { prefix: "released", extension: "pdf" }, 5000)).rejects.toThrow(UploadTooLargeError);
    const keys: string[] = [];
    for await (const key of storage.list()) keys.push(key);
    expect(keys).toEqual([stored.key]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
