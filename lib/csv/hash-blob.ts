import { createSHA256 } from "hash-wasm";
import { readBlob } from "./read-blob";

/** SHA-256 of a Blob's bytes, lowercase hex, streamed (never the whole file in memory). */
export async function hashBlob(blob: Blob): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  for await (const chunk of readBlob(blob)) hasher.update(chunk);
  return hasher.digest("hex");
}
