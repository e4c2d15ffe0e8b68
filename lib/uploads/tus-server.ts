import "server-only";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { S3Store } from "@tus/s3-store";
import { Server, type DataStore } from "@tus/server";
import { getEnv, type Env } from "@/lib/config/env";
import { s3Settings } from "@/lib/storage/s3-settings";
import { UPLOADS_PATH, type AuthorizedUpload } from "./authorize-upload";

// Bytes only travel here (resumable, chunked, never buffered whole). Who may upload what is
// decided before a request reaches this server (authorizeUpload); what the bytes are worth is
// decided afterwards by completeUpload, which re-hashes and re-validates them.
const KEY = Symbol.for("population-migration.tus");
type Holder = { [KEY]?: { env: Env; server: Server } };

/** The folder (under DATA_DIR) of uploads in progress with STORAGE=local. */
export const LOCAL_UPLOADS = "uploads-in-progress";

// The authorization of each call, keyed by the very Request object handed to the tus server,
// which passes that object on to namingFunction and getFileIdFromRequest. Nothing a client
// sends (metadata, path) can reach this map; only sendToTus writes it.
const authorized = new WeakMap<Request, AuthorizedUpload>();

/** Lets the tus server handle a call authorizeUpload allowed, for that upload only. */
export function sendToTus(request: Request, upload: AuthorizedUpload): Promise<Response> {
  authorized.set(request, upload);
  return tusServer().handleWeb(request);
}

/** One server per configuration (tests switch DATA_DIR and STORAGE), kept across hot reloads. */
export function tusServer(): Server {
  const holder = globalThis as Holder;
  const env = getEnv();
  if (holder[KEY]?.env !== env) holder[KEY] = { env, server: createServer(env) };
  return holder[KEY].server;
}

function createServer(env: Env): Server {
  return new Server({
    path: UPLOADS_PATH,
    datastore: datastoreFor(env),
    maxSize: env.UPLOAD_MAX_BYTES,
    respectForwardedHeaders: true,
    // The upload's id is the authorized request's id: one upload per request, PATCH
    // authorisation is a lookup, and no other name can ever reach the store.
    namingFunction: (req) => authorizationOf(req).uploadId,
    getFileIdFromRequest: (req) => authorized.get(req)?.uploadId,
    // Store the metadata as authorizeUpload parsed and normalised it, not tus's own reading.
    onUploadCreate: async (req) => ({ metadata: { ...authorizationOf(req).metadata } }),
  });
}

function authorizationOf(req: Request): AuthorizedUpload {
  const upload = authorized.get(req);
  if (!upload) throw { status_code: 403, body: "This upload was not authorized.\n" };
  return upload;
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
