/**
 * Node benchmark of the shared validator: npx tsx bench/csv/validate-node.ts [rows...]
 * (default 100000 1000000; RUNS=n repetitions, best reported; SKIP_BASELINE=1 to skip the slow
 * baseline; BAD_RATE=1 for the worst case where every row is damaged). The generated file is fed from memory in 64 KB chunks, as File.stream() feeds the
 * browser worker, so the figures measure validation rather than the disk. Variants:
 *   hash-wasm        everything on one thread, as the worker runs with parallelHash: false
 *   no hash          the worker's critical path when hash.worker.ts hashes on the other core
 *   node:crypto      the server re-validation with a native hasher
 *   baseline         PapaParse (step, header: true) + zod row schema, same hashing and duplicates
 */
import { createHash } from "node:crypto";
import { validateStream } from "../../lib/csv/validate-stream";
import { baselineValidate } from "./baseline-papa-zod";
import { loadSample, sliceChunks } from "./load-sample";

const TODAY = "2026-03-12";
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ROWS = sizes.length > 0 ? sizes : [100_000, 1_000_000];
const RUNS = Number(process.env.RUNS ?? 3);
const BAD_RATE = Number(process.env.BAD_RATE ?? 0.02);

type Variant = { label: string; run: (bytes: Uint8Array) => Promise<unknown> };

let peakHeap = 0;
// The in-memory chunk source never yields to timers, so the heap is sampled per chunk.
const sampleHeap = () => void (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const options = { today: TODAY, onProgress: sampleHeap };
let calls = 0;
const sampleEvery10k = () => void (++calls % 10_000 === 0 && sampleHeap());

const VARIANTS: Variant[] = [
  { label: "validator, hash-wasm", run: (b) => validateStream(sliceChunks(b), options) },
  { label: "validator, no hash", run: (b) => validateStream(sliceChunks(b), { ...options, hash: false }) },
  { label: "validator, node:crypto", run: (b) => validateStream(sliceChunks(b), { ...options, hash: createHash("sha256") }) },
  ...(process.env.SKIP_BASELINE === "1" ? [] : [{ label: "baseline papa+zod", run: (b: Uint8Array) => baselineValidate(sliceChunks(b), TODAY, sampleEvery10k) }]),
];

async function measure(variant: Variant, rows: number, bytes: Uint8Array): Promise<number> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  peakHeap = 0;
  const sampler = setInterval(sampleHeap, 10);
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const start = performance.now();
    const cpu = process.cpuUsage();
    await variant.run(bytes);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  clearInterval(sampler);
  const best = Math.min(...times);
  const mb = bytes.length / 1e6;
  console.log(
    `${variant.label.padEnd(24)} ${String(rows).padStart(8)} rows ${mb.toFixed(1).padStart(6)} MB` +
      `  best ${best.toFixed(0).padStart(6)} ms  ${((rows / best) * 1000).toFixed(0).padStart(8)} rows/s  ${((mb / best) * 1000).toFixed(1).padStart(5)} MB/s` +
      `  heap peak ${(peakHeap / 1e6).toFixed(0)} MB  wall [${times.map((t) => t.toFixed(0)).join(", ")}]` +
      `  cpu [${cpuTimes.map((t) => t.toFixed(0)).join(", ")}] (cpu includes GC helper threads)`,
  );
  return best;
}

for (const rows of ROWS) {
  const bytes = loadSample({ rows, badRate: BAD_RATE });
  const report = await validateStream(sliceChunks(bytes), { today: TODAY });
  console.log(`\n${rows} rows: ${report.rows} data rows, ${report.validRows} valid, ${report.errorCount} errors, ${report.warningCount} warnings, ${report.issues.length} issues stored`);
  const best = new Map<string, number>();
  for (const variant of VARIANTS) best.set(variant.label, await measure(variant, rows, bytes));
  const baseline = best.get("baseline papa+zod");
  if (baseline) console.log(`speed-up over baseline: ${(baseline / best.get("validator, hash-wasm")!).toFixed(1)}x (same thread, same hashing)`);
}
