import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Where uploaded files live. One small interface so that a deployment with several app servers can
 * swap the local folder for an object store without touching the use cases.
 */
export interface FileStorage {
  /** Store bytes; returns the opaque key to keep in the database. */
  put(bytes: Uint8Array, hint: { prefix: string; extension: string }): Promise<string>;
  get(key: string): Promise<Uint8Array>;
  delete(key: string): Promise<void>;
}

/** Files under `<DATA_DIR>/files/<prefix>/<uuid>.<ext>`; keys never contain user input. */
export function localDirectoryStorage(root: string): FileStorage {
  const resolve = (key: string) => {
    const full = path.resolve(root, key);
    if (!full.startsWith(path.resolve(root) + path.sep)) throw new Error(`invalid storage key: ${key}`);
    return full;
  };
  return {
    async put(bytes, { prefix, extension }) {
      const safePrefix = prefix.replace(/[^a-z0-9-]/gi, "");
      const safeExtension = extension.replace(/[^a-z0-9]/gi, "").slice(0, 8);
      const key = `${safePrefix}/${randomUUID()}${safeExtension ? `.${safeExtension}` : ""}`;
      const full = resolve(key);
      await fs.mkdir(path.dirname(full), { recursive: true });
      await fs.writeFile(full, bytes, { flag: "wx" });
      return key;
    },
    async get(key) {
      return new Uint8Array(await fs.readFile(resolve(key)));
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true });
    },
  };
}

let storage: FileStorage | undefined;

/** The storage of this process (local folder under DATA_DIR). */
export async function getStorage(): Promise<FileStorage> {
  if (!storage) {
    const { config } = await import("@/lib/config");
    storage = localDirectoryStorage(path.join(path.resolve(config().DATA_DIR), "files"));
  }
  return storage;
}
