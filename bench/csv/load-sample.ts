import { generateCsvChunks, type GenerateOptions } from "./generate";

/** The generated file as one buffer, to be re-sliced in fixed chunks like a browser File stream. */
export function loadSample(options: GenerateOptions): Uint8Array {
  const parts = [...generateCsvChunks(options)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function* sliceChunks(bytes: Uint8Array, chunkBytes = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
}
