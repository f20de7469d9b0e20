import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";
import S3rver from "s3rver";
import { s3Storage, type FileStorage, type S3Settings } from "@/lib/storage";

/** The whole stored object (tests only: the app streams). */
export async function readStored(storage: FileStorage, key: string): Promise<Uint8Array> {
  return new Uint8Array(await buffer(await storage.read(key)));
}

/**
 * A real S3 HTTP server (s3rver) on a random port with its own temp folder and one bucket, so the
 * S3 implementation is tested over the wire as against MinIO.
 */
export async function startS3Server(bucket = "portal-test"): Promise<{ settings: S3Settings; storage: FileStorage; stop(): Promise<void> }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "portal-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  const settings: S3Settings = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    // s3rver's fixed development credentials
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    region: "us-east-1",
    forcePathStyle: true,
  };
  return {
    settings,
    storage: s3Storage(settings),
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
