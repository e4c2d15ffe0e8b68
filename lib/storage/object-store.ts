import "server-only";
import type { Readable } from "node:stream";

/**
 * Where customer bytes live: a local folder (the embedded default) or an S3 bucket that every
 * portal instance shares. Uploads in progress and encrypted stored files both go through this
 * one interface, so a byte is read the same way whichever instance received it.
 */
export type ObjectStore = {
  /** The object's bytes, or only `start`..`end` (both inclusive). Rejects when it is absent. */
  read(key: string, range?: { start: number; end: number }): Promise<Readable>;
  /** Its size in bytes; null when there is no such object. */
  size(key: string): Promise<number | null>;
  /** Stores the bytes; a reader sees the whole object or none of it, never a partial write. */
  write(key: string, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void>;
  /** Removes the object; an absent one is not an error. */
  remove(key: string): Promise<void>;
  /** Keys of the objects directly in `folder` ("" for the top level), not in its sub-folders. */
  list(folder: string): Promise<string[]>;
};

/** The key of `name` in `folder` ("" for the top level). */
export function keyIn(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

/** Keys are relative paths of safe segments: nothing can climb out of the folder or bucket. */
export function checkKey(key: string): string {
  if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(key) || key.split("/").some((s) => s === "." || s === "..")) {
    throw new Error("Invalid object key");
  }
  return key;
}
