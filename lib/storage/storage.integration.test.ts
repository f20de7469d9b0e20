import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readStored, startS3Server } from "@/test/storage";
import { localDirectoryStorage, type FileStorage } from "./index";

/** One suite, both implementations: what the app relies on must hold for the folder and the bucket alike. */
const implementations: { name: string; open(): Promise<{ storage: FileStorage; stop(): Promise<void> }> }[] = [
  {
    name: "local folder under DATA_DIR",
    async open() {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-storage-"));
      return { storage: localDirectoryStorage(root), stop: async () => fs.rmSync(root, { recursive: true, force: true }) };
    },
  },
  { name: "S3 (s3rver over HTTP)", open: () => startS3Server() },
];

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe.each(implementations)("file storage: $name", ({ open }) => {
  let storage: FileStorage;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, stop } = await open());
  });
  afterAll(async () => stop());

  it("stores bytes under a fresh key of the given prefix and extension, and reads them back", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.4 test");
    const key = await storage.put(bytes, { prefix: "identity-proofs", extension: "pdf" });
    expect(key).toMatch(/^identity-proofs\/[0-9a-f-]{36}\.pdf$/);
    expect(await readStored(storage, key)).toEqual(bytes);
    expect(await storage.put(bytes, { prefix: "identity-proofs", extension: "pdf" })).not.toBe(key);
  });

  it("never takes a key from its hint: a hostile prefix or extension cannot leave the store", async () => {
    const key = await storage.put(new Uint8Array([1]), { prefix: "../../etc", extension: "p/d.f" });
    expect(key).toMatch(/^etc\/[0-9a-f-]{36}\.pdf$/);
    await expect(storage.read("../outside.pdf")).rejects.toThrow(/invalid storage key/);
    await expect(storage.restore("attachments/../../x", new Uint8Array([1]))).rejects.toThrow(/invalid storage key/);
  });

  it("streams a 12 MB body in and out without changing a byte (multipart upload on S3)", async () => {
    const chunks = Array.from({ length: 12 }, () => randomBytes(1024 * 1024));
    const whole = Buffer.concat(chunks);
    const key = await storage.put(Readable.from(chunks), { prefix: "released", extension: "pdf" });
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of await storage.read(key)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).byteLength;
    }
    expect(size).toBe(whole.byteLength);
    expect(hash.digest("hex")).toBe(sha256(whole));
  });

  it("lists every key, restores one at its own key, deletes (idempotently)", async () => {
    const key = await storage.put(new Uint8Array([7, 7]), { prefix: "attachments", extension: "png" });
    const listed: string[] = [];
    for await (const each of storage.list()) listed.push(each);
    expect(listed).toContain(key);

    await storage.delete(key);
    await expect(storage.read(key)).rejects.toThrow();
    await storage.delete(key);

    await storage.restore(key, Readable.from([Buffer.from([9])]));
    expect(await readStored(storage, key)).toEqual(new Uint8Array([9]));
  });
});
