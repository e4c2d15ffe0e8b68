/**
 * The baseline the validator must beat 2x: the straightforward PapaParse (streaming, header:
 * true, step per row) + zod row schema implementation, with the same SHA-256 and duplicate
 * checks. Node-only (uses a Node Readable for Papa's stream input); benchmarks only.
 */
import { Readable } from "node:stream";
import { createSHA256 } from "hash-wasm";
import Papa from "papaparse";
import { rowSchema } from "./baseline-row-schema";

export async function baselineValidate(chunks: AsyncIterable<Uint8Array>, _today: string, onRow?: () => void) {
  const hasher = await createSHA256();
  hasher.init();
  async function* hashed() {
    for await (const c of chunks) {
      hasher.update(c);
      yield Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    }
  }
  const customers = new Set<string>();
  const eids = new Set<string>();
  let rows = 0;
  let bad = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(Readable.from(hashed()).setEncoding("utf8") as unknown as File, {
      header: true,
      skipEmptyLines: false,
      step: (r: Papa.ParseStepResult<Record<string, string>>) => {
        rows++;
        onRow?.();
        const parsed = rowSchema.safeParse(r.data);
        if (!parsed.success) bad++;
        else {
          if (customers.has(parsed.data.customer_id)) bad++;
          customers.add(parsed.data.customer_id);
          if (eids.has(parsed.data.eid_number)) bad++;
          eids.add(parsed.data.eid_number);
        }
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  return { sha256: hasher.digest("hex"), rows, bad };
}
