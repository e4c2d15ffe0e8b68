import { createSHA256 } from "hash-wasm";
import type { ValidationReport } from "./validation-report";

export type ValidatorOptions = {
  /** The validation day, YYYY-MM-DD (see todayInUae); injected so browser, server and tests agree. */
  readonly today: string;
  /** Called after every chunk with the bytes consumed so far. */
  readonly onProgress?: (bytes: number) => void;
  readonly maxStoredIssues?: number;
  /**
   * SHA-256 of the bytes: hash-wasm by default (same code in browser and Node). A server may
   * pass a native hasher instead, e.g. node:crypto's createHash("sha256"), several times faster.
   * false when the caller hashes the same bytes elsewhere: the browser hashes in a second worker
   * so SHA-256 (about a quarter of the work) runs on the other core; the report's sha256 is "".
   */
  readonly hash?: boolean | ByteHasher;
};

/** The part of a SHA-256 hasher the validator uses (node:crypto Hash and hash-wasm both fit). */
export type ByteHasher = {
  update(data: Uint8Array): unknown;
  digest(encoding: "hex"): string;
};

/** Feed raw bytes in any chunking with push(), then finish() once; the report is chunking-independent. */
export type CsvValidator = {
  push(chunk: Uint8Array): void;
  finish(): ValidationReport;
};

/** hash-wasm unless the caller brought a hasher or hashes elsewhere. */
export async function createHasher(hash: ValidatorOptions["hash"]): Promise<ByteHasher | null> {
  if (hash === false) return null;
  if (typeof hash === "object") return hash;
  const hasher = await createSHA256();
  hasher.init();
  return hasher;
}
