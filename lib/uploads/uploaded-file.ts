import "server-only";
import type { Readable } from "node:stream";
import { getEnv } from "@/lib/config/env";
import { objectStore } from "@/lib/storage/store-for-env";
import { LOCAL_UPLOADS } from "./tus-server";

// A finished tus upload is an object in the configured store: read it the same way on every
// instance. The key layout is the tus data store's own: FileStore writes `<folder>/<id>` and
// `<id>.json`; S3Store writes `<id>`, `<id>.info` and, between chunks, `<id>.part`.
function keysOf(requestId: string) {
  if (!/^[0-9a-f-]{36}$/.test(requestId)) throw new Error("Invalid upload id");
  return getEnv().STORAGE === "local"
    ? { data: `${LOCAL_UPLOADS}/${requestId}`, state: [`${LOCAL_UPLOADS}/${requestId}.json`] }
    : { data: requestId, state: [`${requestId}.info`, `${requestId}.part`] };
}

/**
 * Bytes received so far. With S3 the object only appears once the last chunk has completed
 * the multipart upload, so null (or a short size) means "not finished".
 */
export async function uploadedSize(requestId: string): Promise<number | null> {
  return objectStore().size(keysOf(requestId).data);
}

export async function openUpload(requestId: string): Promise<Readable> {
  return objectStore().read(keysOf(requestId).data);
}

/** Removes the upload and its tus state (the tus stores' own remove skips a completed S3 upload's objects). */
export async function discardUpload(requestId: string): Promise<void> {
  const { data, state } = keysOf(requestId);
  await Promise.all([data, ...state].map((key) => objectStore().remove(key)));
}
