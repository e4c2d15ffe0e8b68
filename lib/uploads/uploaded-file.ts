import "server-only";
import type { Readable } from "node:stream";
import { getEnv } from "@/lib/config/env";
import { objectStore } from "@/lib/storage/store-for-env";
import { LOCAL_UPLOADS, tusServer } from "./tus-server";

// A finished tus upload is an object in the configured store: read it the same way on every
// instance. The key layout is the tus data store's own: FileStore writes `<folder>/<id>` and
// `<id>.json`; S3Store writes `<id>`, `<id>.info` and, between chunks, `<id>.part`.
const UPLOAD_KEY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\.json|\.info|\.part)?$/;

const uploadsFolder = () => (getEnv().STORAGE === "local" ? LOCAL_UPLOADS : "");

function keysOf(requestId: string) {
  if (!UPLOAD_KEY.test(requestId) || requestId.includes(".")) throw new Error("Invalid upload id");
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

/** The ids of every upload with bytes or tus state in the store, finished or not. */
export async function uploadIdsInStore(): Promise<string[]> {
  const keys = await objectStore().list(uploadsFolder());
  const ids = keys.flatMap((key) => UPLOAD_KEY.exec(key.slice(key.lastIndexOf("/") + 1))?.[1] ?? []);
  return [...new Set(ids)];
}

/**
 * Removes the upload and its tus state. The tus store's own remove goes first: with S3 the
 * chunks of an unfinished upload sit in a multipart upload that no object key reaches, and
 * only it knows to abort that. It skips a finished S3 upload's objects, hence the keys after.
 */
export async function discardUpload(requestId: string): Promise<void> {
  const { data, state } = keysOf(requestId);
  // Safe to call twice: an upload (or its tus state file) already gone is what we want.
  await tusServer().datastore.remove(requestId).catch((error: unknown) => {
    const { status_code, code } = error as { status_code?: number; code?: string };
    if (status_code !== 404 && code !== "ENOENT") throw error;
  });
  await Promise.all([data, ...state].map((key) => objectStore().remove(key)));
}
