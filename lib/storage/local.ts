import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FileStorage, StorageBody } from "./file-storage";
import { assertStorageKey, newStorageKey } from "./keys";

/** Files under `<root>/<prefix>/<uuid>.<ext>` (root is `<DATA_DIR>/files`). */
export function localDirectoryStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const resolve = (key: string) => path.join(base, assertStorageKey(key));

  async function write(key: string, body: StorageBody) {
    const full = resolve(key);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    try {
      await pipeline(body instanceof Uint8Array ? Readable.from([body]) : body, fs.createWriteStream(full, { flags: "wx" }));
    } catch (error) {
      await fs.promises.rm(full, { force: true }); // never leave half a file behind
      throw error;
    }
  }

  return {
    async put(body, { prefix, extension }) {
      const key = newStorageKey(prefix, extension);
      await write(key, body);
      return key;
    },
    async read(key) {
      const full = resolve(key);
      await fs.promises.access(full); // a missing file fails here, not mid-response
      return fs.createReadStream(full);
    },
    async delete(key) {
      await fs.promises.rm(resolve(key), { force: true });
    },
    async *list() {
      const prefixes = await fs.promises.readdir(base, { withFileTypes: true }).catch(() => []);
      for (const prefix of prefixes.filter((entry) => entry.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
        for (const file of (await fs.promises.readdir(path.join(base, prefix.name))).sort()) yield `${prefix.name}/${file}`;
      }
    },
    restore: write,
  };
}
