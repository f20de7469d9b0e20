import path from "node:path";
import { localDirectoryStorage } from "./local";
import { s3Storage } from "./s3";
import type { FileStorage } from "./file-storage";

export type { FileStorage, S3Settings, StorageBody } from "./file-storage";
export { localDirectoryStorage } from "./local";
export { s3Storage } from "./s3";

let storage: FileStorage | undefined;

/** The storage of this process: the S3 bucket when S3_* is configured, else `<DATA_DIR>/files`. */
export async function getStorage(): Promise<FileStorage> {
  if (!storage) {
    const { config } = await import("@/lib/config");
    const { S3, DATA_DIR } = config();
    storage = S3 ? s3Storage(S3) : localDirectoryStorage(path.join(path.resolve(DATA_DIR), "files"));
  }
  return storage;
}
