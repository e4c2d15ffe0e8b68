/**
 * Writes a generated template file: npx tsx bench/csv/write-sample.ts ROWS [PATH]
 * (default PATH: the OS temp folder). For manual uploads and the browser benchmark.
 */
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCsvChunks } from "./generate";

const rows = Number(process.argv[2] ?? 100_000);
const path = process.argv[3] ?? join(tmpdir(), `eid-template-${rows}.csv`);
const out = createWriteStream(path);
let bytes = 0;
for (const chunk of generateCsvChunks({ rows })) {
  bytes += chunk.length;
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}
await new Promise<void>((resolve) => out.end(() => resolve()));
console.log(`${path}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB`);
