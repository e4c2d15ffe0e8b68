// An S3 stand-in on loopback for tests (s3rver, from npm), with the two multipart calls it lacks.
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

type Ctx = { method: string; path: string; query: Record<string, string>; status: number; body: unknown; type: string };
type Middleware = (ctx: Ctx, next: () => Promise<void>) => Promise<void>;
type S3rverInstance = {
  middleware: Middleware[];
  store: { getResourcePath(bucket: string, key: undefined, resource: string): string };
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
};
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export type S3StandIn = { endpoint: string; bucket: string; directory: string; settings: Record<string, string>; stop(): Promise<void> };

/**
 * Starts s3rver with one bucket. s3rver 3.7 has no ListParts and no AbortMultipartUpload, which
 * @tus/s3-store calls on every chunk (S3, MinIO and the like have both); they are added here
 * over s3rver's own part files, so the portal's code runs unchanged against it.
 */
export async function startS3rver(bucket = "portal-files", port = 0): Promise<S3StandIn> {
  const S3rver = createRequire(import.meta.url)("s3rver") as S3rverClass;
  const directory = await mkdtemp(path.join(tmpdir(), "pm-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port, silent: true, directory, configureBuckets: [{ name: bucket }] });
  server.middleware.unshift(multipartAdditions((b) => server.store.getResourcePath(b, undefined, "uploads")));
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    bucket,
    directory,
    // s3rver's fixed development account.
    settings: { STORAGE: "s3", S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "true" },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

function multipartAdditions(uploadsDir: (bucket: string) => string): Middleware {
  return async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    const [, bucket, ...key] = ctx.path.split("/");
    if (!uploadId || !bucket || key.length === 0 || !/^[0-9a-f]+$/.test(uploadId) || !["GET", "DELETE"].includes(ctx.method)) return next();
    const dir = path.join(uploadsDir(bucket), uploadId);
    if (!(await stat(dir).then(() => true, () => false))) {
      ctx.status = 404;
      ctx.type = "application/xml";
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>`;
      return;
    }
    if (ctx.method === "DELETE") {
      await rm(dir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    const numbers = (await readdir(dir)).filter((n) => /^\d+$/.test(n)).map(Number).sort((a, b) => a - b);
    const parts = await Promise.all(numbers.map(async (n) => {
      const [{ size }, md5] = await Promise.all([stat(path.join(dir, String(n))), readFile(path.join(dir, `${n}.md5`), "utf8")]);
      return `<Part><PartNumber>${n}</PartNumber><ETag>"${md5.trim()}"</ETag><Size>${size}</Size></Part>`;
    }));
    ctx.type = "application/xml";
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<ListPartsResult><Bucket>${bucket}</Bucket><Key>${key.join("/")}</Key><UploadId>${uploadId}</UploadId><IsTruncated>false</IsTruncated>${parts.join("")}</ListPartsResult>`;
  };
}
