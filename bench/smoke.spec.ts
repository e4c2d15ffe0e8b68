import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import type { Result } from "./support/results";

// Runs `npm run bench:smoke` so the benchmarks cannot rot: every benchmark must run and
// produce figures. Timings are never asserted here (shared, noisy machines); the table does that.
it("runs every benchmark once on a small file", async () => {
  const env = { ...process.env, ...(existsSync(".next/BUILD_ID") ? { BENCH_SKIP_BUILD: "1" } : {}) };
  await promisify(execFile)("npx", ["tsx", "bench/run.ts", "--smoke"], { env, maxBuffer: 16 * 1024 * 1024 });
  const { results } = JSON.parse(await readFile("bench/out/results.smoke.json", "utf8")) as { results: Result[] };
  expect(new Set(results.map((r) => r.id))).toEqual(new Set(["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9"]));
  for (const r of results) expect(Number.isFinite(r.value), `${r.id} ${r.benchmark}`).toBe(true);
  expect(results.find((r) => r.benchmark.includes("error rate"))?.value).toBe(0);
});
