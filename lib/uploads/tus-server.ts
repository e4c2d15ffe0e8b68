import "server-only";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { S3Store } from "@tus/s3-store";
import { Server, type DataStore } from "@tus/server";
import { getEnv, type Env } from "@/lib/config/env";
import { s3Settings } from "@/lib/storage/s3-settings";

// Bytes only travel here (resumable, chunked, never buffered whole). Who may upload what is
// decided before a request reaches this server (app/api/uploads); what the bytes are worth is
// decided afterwards by completeUpload, which re-hashes and re-validates them.
const KEY = Symbol.for("population-migration.tus");
type Holder = { [KEY]?: Server };

/** The folder (under DATA_DIR) of uploads in progress with STORAGE=local. */
export const LOCAL_UPLOADS = "uploads-in-progress";

export function tusServer(): Server {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Server({
    path: "/api/uploads",
    datastore: datastoreFor(getEnv()),
    maxSize: getEnv().UPLOAD_MAX_BYTES,
    respectForwardedHeaders: true,
    // The upload's id is the request's id: one upload per request, and PATCH authorisation is a lookup.
    namingFunction: (_req, metadata) => {
      const id = metadata?.requestId;
      if (!id) throw { status_code: 400, body: "requestId metadata is required\n" };
      return id;
    },
  });
  return holder[KEY];
}

/**
 * STORAGE=s3 keeps an upload's parts and state in the bucket, not on the instance that
 * received them, so each chunk may reach any instance. Tags stay off: expiry is not used,
 * and not every S3-compatible store implements object tagging.
 */
function datastoreFor(env: Env): DataStore {
  if (env.STORAGE === "local") return new FileStore({ directory: path.resolve(env.DATA_DIR, LOCAL_UPLOADS) });
  return new S3Store({ s3ClientConfig: s3Settings(env), partSize: 8 * 1024 * 1024, useTags: false });
}
