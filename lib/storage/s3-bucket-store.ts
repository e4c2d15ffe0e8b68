import "server-only";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { checkKey, keyIn, type ObjectStore } from "./object-store";

const PART_BYTES = 8 * 1024 * 1024;

/** Objects in one bucket. A streamed write becomes a multipart upload, which S3 makes visible only once complete. */
export function s3BucketStore(client: S3Client, bucket: string): ObjectStore {
  return {
    async read(key, range) {
      const { Body } = await client.send(new GetObjectCommand({
        Bucket: bucket,
        Key: checkKey(key),
        ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
      }));
      if (!(Body instanceof Readable)) throw new Error("S3 answered without a body stream");
      return Body;
    },
    async size(key) {
      try {
        return (await client.send(new HeadObjectCommand({ Bucket: bucket, Key: checkKey(key) }))).ContentLength ?? 0;
      } catch (error) {
        if ((error as { name?: string }).name === "NotFound" || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async write(key, body) {
      // Two parts in flight at most: a large file never sits in memory.
      const upload = new Upload({ client, params: { Bucket: bucket, Key: checkKey(key), Body: Readable.from(body) }, partSize: PART_BYTES, queueSize: 2 });
      await upload.done();
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checkKey(key) }));
    },
    async list(folder) {
      // The delimiter keeps sub-folders (files/ under the top level) out of the answer.
      const prefix = keyIn(folder === "" ? "" : checkKey(folder), "");
      const keys: string[] = [];
      for (let token: string | undefined, more = true; more;) {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: "/", ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).flatMap(({ Key }) => (Key ? [Key] : [])));
        token = page.NextContinuationToken;
        more = Boolean(page.IsTruncated && token);
      }
      return keys;
    },
  };
}
