// Measures the sandbox at scale: TEST_DATABASE_URL=postgres://… npx tsx packages/digitization-sandbox/src/bench.ts [rows]
// (an admin URL: a database is created for the run and dropped after). Streams a generated CSV
// through the submit handler, processes it at full pace, then times page 1 against page 10,000
// (and the errored / failure-filter pages) on the fresh database.
import { readFileSync } from "node:fs";
import pg from "pg";
import { processUntilIdle } from "./processing/process-until-idle";
import { csv, goodRow, testEid } from "./testing/fixtures";
import { createHarness, read } from "./testing/harness";
import { openTestDatabase } from "./testing/test-database";

const rows = Number(process.argv[2] ?? 100_000);
if (!(rows > 0)) throw new Error("usage: bench.ts <rows>");
const engine = new URL(process.env.TEST_DATABASE_URL ?? "postgres://unset").host;

// Every 10th customer is a RESIDENT_NOT_FOUND test number, every 97th has a broken date.
const row = (i: number) => goodRow(i, i % 10 === 0 ? { 1: testEid(1) } : i % 97 === 0 ? { 7: "31/02/1990" } : {});

function generate(): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 1;
  return new ReadableStream({
    pull(controller) {
      if (next > rows) return controller.close();
      const batch = Array.from({ length: Math.min(5_000, rows - next + 1) }, () => row(next++));
      const text = csv(batch);
      controller.enqueue(encoder.encode(next - batch.length === 1 ? text : text.slice(text.indexOf("\n") + 1)));
    },
  });
}

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 100);
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

// CPU seconds beside wall time (the machine is shared, so wall time alone is noise): this
// process's own, and this database's PostgreSQL backends', read from /proc when the server
// runs on this machine (polled, since a pool may close a backend mid-run; the server's shared
// writers, WAL writer and checkpointer, are not counted).
const TICKS_PER_SECOND = 100;
const backendTicks = new Map<number, number>();
function procTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return null; // another machine, or the backend has ended
  }
}
let backendPids: number[] = [];
const backendSampler = setInterval(() => {
  for (const pid of backendPids) {
    const ticks = procTicks(pid);
    if (ticks !== null) backendTicks.set(pid, ticks);
  }
}, 200);
const cpu = () => ({ own: process.cpuUsage(), db: [...backendTicks.values()].reduce((a, b) => a + b, 0) });
const cpuSince = (c0: ReturnType<typeof cpu>) => {
  const own = process.cpuUsage(c0.own);
  return `CPU bench ${((own.user + own.system) / 1e6).toFixed(1)} s, PostgreSQL backends ${((cpu().db - c0.db) / TICKS_PER_SECOND).toFixed(1)} s`;
};

async function median(run: () => Promise<unknown>, times = 15): Promise<string> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return `${ms.sort((a, b) => a - b)[Math.floor(times / 2)]!.toFixed(1)} ms`;
}

const database = await openTestDatabase();
const databaseName = (await database.sql.rows<{ name: string }>("SELECT current_database() AS name"))[0]!.name;
const h = await createHarness(database);
const pidWatcher = setInterval(() => {
  database.sql.rows<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database()").then(
    (rows) => (backendPids = rows.map((r) => r.pid)),
    () => undefined, // the pool is closing at the end of the run
  );
}, 500);

let t0 = performance.now();
let c0 = cpu();
const submitted = await read(h.submit(generate()));
if (submitted.status !== 201) throw new Error(`submit answered ${submitted.status}: ${JSON.stringify(submitted.body)}`);
const id: string = submitted.body.data.batch_id;
console.log(`${engine}: submit ${rows} rows (${submitted.body.data.total_records} stored): ${seconds(t0)} s; ${cpuSince(c0)}`);
t0 = performance.now();
c0 = cpu();
await processUntilIdle(database.pool, { maxRecords: 5_000 });
const status = (await read(h.status(id))).body.data;
console.log(`${engine}: process at full pace: ${seconds(t0)} s → ${status.status}, processed ${status.processed_records}, errored ${status.errored_records}; ${cpuSince(c0)}`);

const lastRecordsPage = Math.min(10_000, Math.ceil(rows / 10));
const failures: number = status.errored_records;
console.log(`${engine}: records page 1: ${await median(() => read(h.records(id, "page=1&limit=10")))}; page ${lastRecordsPage}: ${await median(() => read(h.records(id, `page=${lastRecordsPage}&limit=10`)))}`);
console.log(`${engine}: failure filter page 1: ${await median(() => read(h.records(id, "status=failure&page=1&limit=10")))}; last page: ${await median(() => read(h.records(id, `status=failure&page=${Math.ceil(failures / 10)}&limit=10`)))}`);
console.log(`${engine}: errored page 1: ${await median(() => read(h.errored(id, "page_no=1")))}; last page ${Math.ceil(failures / 50)}: ${await median(() => read(h.errored(id, `page_no=${Math.ceil(failures / 50)}`)))}`);
console.log(`${engine}: status: ${await median(() => read(h.status(id)))}; customer lookup (late row): ${await median(() => read(h.customer(id, { customer_id: row(rows - 1)[0] })))}`);
clearInterval(sampler);
clearInterval(pidWatcher);
clearInterval(backendSampler);
console.log(`${engine}: peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB, peak JS heap ${(peakHeap / 1024 / 1024).toFixed(0)} MB`);

await database.close();
const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
await admin.connect();
await admin.query(`DROP DATABASE ${databaseName}`);
await admin.end();
