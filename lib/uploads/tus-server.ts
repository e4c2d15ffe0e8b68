import "server-only";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { Server } from "@tus/server";
import { getEnv } from "@/lib/config/env";

// Bytes only travel here (resumable, chunked, never buffered whole). Who may upload what is
// decided before a request reaches this server (app/api/uploads); what the bytes are worth is
// decided afterwards by completeUpload, which re-hashes and re-validates them.
const KEY = Symbol.for("population-migration.tus");
type Holder = { [KEY]?: Server };

export function uploadDirectory() {
  return path.resolve(getEnv().DATA_DIR, "uploads-in-progress");
}

export function tusServer(): Server {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Server({
    path: "/api/uploads",
    datastore: new FileStore({ directory: uploadDirectory() }),
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

export function uploadedFilePath(requestId: string) {
  return path.join(uploadDirectory(), requestId);
}
