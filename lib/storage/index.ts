import path from "node:path";
import type { Readable } from "node:stream";
import { localDirectoryStorage } from "./local";
import { s3Storage } from "./s3";

/**
 * Where stored files live (identity proofs, correction files, released files, document
 * attachments). One interface, two implementations: a folder under DATA_DIR (the embedded default)
 * and an S3-compatible bucket (MinIO, Ceph RGW, 阿里云 OSS, 华为云 OBS) so that several app servers
 * share one store. Bodies are streams: no file is held in memory whole on the way in or out.
 */
export interface FileStorage {
  /** Store a body; returns the new opaque key to keep in the database (never derived from user input). */
  put(body: StorageBody, hint: { prefix: string; extension: string }): Promise<string>;
  /** The stored bytes as a stream. */
  read(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  /** Every stored key (for backups). */
  list(): AsyncIterable<string>;
  /** Store a body under a key taken from a backup (restore only). */
  restore(key: string, body: StorageBody): Promise<void>;
}

export type StorageBody = Uint8Array | Readable;

export { localDirectoryStorage } from "./local";
export { s3Storage, type S3Settings } from "./s3";

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
