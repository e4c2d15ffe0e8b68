// `npm run bench` (issue #6: ~20 min) and `npm run bench:smoke` (10k rows, embedded PostgreSQL only, every
// benchmark once, < 2 min after the build). Prints one table and writes the figures as JSON.
// The machine is shared and noisy: ratios against a baseline measured in this run say more
// than absolute times, and the load average is recorded beside them.
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { benchBrowser } from "./b1-browser/b1";
import { benchServerValidation } from "./b2-server/b2";
import { benchCorrection } from "./b9-correction/b9";
import { benchCorrectionInBrowser } from "./b9-correction/b9-browser";
import { uploadThrough, type Uploaded } from "./portal/b3-upload";
import { benchSandbox } from "./portal/b4-sandbox";
import { benchList, seedRequests } from "./portal/b5-list";
import { benchLoad } from "./portal/b6-load";
import { benchLighthouse, lighthousePages } from "./portal/b8-lighthouse";
import { startBenchPortal, type Engine } from "./support/portal";
import { printTable, writeResults, type Result } from "./support/results";
import { signIn } from "./support/session";
import { templateFile } from "./support/template-files";

const smoke = process.argv.includes("--smoke");
const plan = smoke
  ? { sizes: [10_000], runs: 1, engines: ["embedded PostgreSQL"] as Engine[], samples: 5, pageLoads: 2, load: { pollers: 20, browsers: 2, seconds: 10, pollEveryMs: 5_000 }, out: "bench/out/results.smoke.json" }
  : { sizes: [10_000, 100_000, 1_000_000], runs: 3, engines: ["embedded PostgreSQL", "separate PostgreSQL"] as Engine[], samples: 15, pageLoads: 5, load: { pollers: 200, browsers: 10, seconds: 60, pollEveryMs: 30_000 }, out: "bench/results.json" };
const largest = plan.sizes.at(-1)!;
// BENCH_ONLY=B1,B4 and BENCH_ENGINES=embedded or separate narrow a run down (the table then has only those rows).
const only = process.env.BENCH_ONLY?.split(",");
const engines = plan.engines.filter((e) => !process.env.BENCH_ENGINES || process.env.BENCH_ENGINES.split(",").some((name) => e.startsWith(name)));
const runs = (id: string) => !only || only.includes(id);
const PORT = Number(process.env.BENCH_PORT ?? 3361);

const started = new Date();
const load = [loadavg()[0]!];
if (process.env.BENCH_SKIP_BUILD !== "1") {
  console.log("building the production server (npm run build; BENCH_SKIP_BUILD=1 skips) …");
  execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
}
const results: Result[] = [];
/** A benchmark that throws is reported as a failed row and the others still run. */
async function step(id: string, engine: Result["engine"], run: () => Promise<Result[]>) {
  if (!runs(id)) return;
  try {
    results.push(...(await run()));
  } catch (error) {
    reportFailure(id, engine, error);
  }
}
function reportFailure(id: string, engine: Result["engine"], error: unknown) {
  console.error(`${id} (${engine}) failed:`, error);
  results.push({ id, benchmark: `FAILED: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`, engine, target: "runs", measured: "error", ratio: "—", pass: false, value: NaN, unit: "" });
}

const mixed = await Promise.all(plan.sizes.map((rows) => templateFile(rows)));
await step("B1", "-", () => benchBrowser(mixed.at(-1)!, plan.runs));
await step("B2", "-", () => benchServerValidation(mixed));
await step("B9", "-", async () => {
  const file = await templateFile(largest, "tenth-bad");
  return [...(await benchCorrection(file, smoke ? 5 : 50)), ...(await benchCorrectionInBrowser(file, smoke ? 5 : 50))];
});

for (const engine of engines) {
  if (!["B3", "B4", "B5", "B6", "B8"].some(runs)) break;
  // A portal that does not start fails its engine's rows; the other engine still runs.
  const portal = await startBenchPortal(engine, PORT).catch((error: unknown) => reportFailure("B3–B8", engine, error));
  if (!portal) continue;
  try {
    const uploader = await signIn(portal.base, "uploader@alpha.example");
    const approver = await signIn(portal.base, "approver@alpha.example");
    // Each step needs the one before: the uploaded request is approved, its batch is polled in B6.
    let uploaded: Uploaded | null = null;
    await step("B3", engine, async () => {
      const upload = await uploadThrough(portal, uploader, await templateFile(largest, "clean"));
      uploaded = upload.uploaded;
      return upload.results;
    });
    const done = uploaded as Uploaded | null;
    if (done) await step("B4", engine, () => benchSandbox(portal, approver, done, largest, plan.samples));
    const ids = await portal.withSql(async (sql) => {
      await seedRequests(sql, 10_000);
      return (await sql.query<{ id: string }>(`SELECT id FROM "MigrationRequest" ORDER BY "createdAt" DESC LIMIT 200`)).map((r) => r.id);
    });
    await step("B5", engine, () => benchList(portal, approver, plan.samples * 7, plan.pageLoads));
    // The smoke run checks Lighthouse still runs, on one page (about 10 s); the full run scores all three.
    const pages = lighthousePages(done?.id ?? null);
    await step("B8", engine, () => benchLighthouse(portal, approver, smoke ? pages.slice(-1) : pages));
    if (done) await step("B6", engine, () => benchLoad(portal, ids, done.id, plan.load));
  } finally {
    await portal.stop();
  }
}
load.push(loadavg()[0]!);

printTable(results);
const meta = {
  date: started.toISOString(),
  mode: smoke ? "smoke" : "full",
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage1m: load },
  minutes: (Date.now() - started.getTime()) / 60_000,
};
await writeResults(plan.out, results, meta);
const failed = results.filter((r) => r.measured === "error").length;
console.log(`\n${results.filter((r) => r.pass === false).length} target(s) missed, ${failed} benchmark(s) failed to run; load average ${load.map((l) => l.toFixed(1)).join(" → ")}; written to ${plan.out}`);
if (failed) process.exitCode = 1;
