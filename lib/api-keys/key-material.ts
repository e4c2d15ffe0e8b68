import "server-only";
import { createHash } from "node:crypto";

/** Lookup hash of a key (keys are long and random, so a plain SHA-256 suffices). */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** What the portal may show of a key after creation: a prefix and the last four characters. */
export function describeApiKey(key: string): { prefix: string; last4: string } {
  return { prefix: key.slice(0, Math.min(12, key.length - 4)), last4: key.slice(-4) };
}
