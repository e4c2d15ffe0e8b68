import { createHash } from "node:crypto";

/** Lookup hash of an x-transaction-key. Keys are long and random, so a plain SHA-256 suffices. */
export function hashSandboxKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
