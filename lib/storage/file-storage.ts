import type { Readable } from "node:stream";

/*
 * The storage's types, apart from the implementations so that lib/config (S3Settings) and the two
 * implementations depend on them without an import circle through lib/storage/index.ts.
 */

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

/** How to reach an S3-compatible bucket (lib/config reads it from S3_*). */
export interface S3Settings {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** MinIO and most self-hosted stores want `endpoint/bucket/key` rather than `bucket.endpoint/key`. */
  forcePathStyle: boolean;
}
