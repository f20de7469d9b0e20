import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { FileStorage, S3Settings, StorageBody } from "./file-storage";
import { assertStorageKey, newStorageKey } from "./keys";

/** Objects in an S3-compatible bucket, under the same keys as the local folder. */
export function s3Storage(settings: S3Settings): FileStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  });
  const Bucket = settings.bucket;

  async function write(key: string, body: StorageBody) {
    // lib-storage streams the body: one PUT for small files, a multipart upload of 5 MB parts above.
    await new Upload({ client, params: { Bucket, Key: assertStorageKey(key), Body: body } }).done();
  }

  return {
    async put(body, { prefix, extension }) {
      const key = newStorageKey(prefix, extension);
      await write(key, body);
      return key;
    },
    async read(key) {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: assertStorageKey(key) }));
      if (!(object.Body instanceof Readable)) throw new Error(`object ${key} has no body`);
      return object.Body;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: assertStorageKey(key) }));
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }));
        for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    restore: write,
  };
}
