import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open-database";
import { openTestDatabase } from "../testing/test-database";
import { syntheticRegistry } from "../registry/synthetic-registry";
import type { ResidentRegistry } from "../registry/resident-registry";
import { csv, goodRow, testEid } from "../testing/fixtures";
import { createHarness, read, type Harness } from "../testing/harness";
import { todayInUae } from "../csv/today-in-uae";
import { BUSINESS_ERRORS } from "../errors/record-errors";
import { processNextChunk, type JudgedAhead } from "./process-next-chunk";
import { startSandboxProcessor } from "./start-sandbox-processor";

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Every 5th row fails (RESIDENT_NOT_FOUND), so both ordinals are exercised.
const rows = (n: number) => Array.from({ length: n }, (_, i) => goodRow(i + 1, i % 5 === 4 ? { 1: testEid(1) } : {}));

describe("sandbox processor", () => {
  let database: Database;
  let h: Harness;
  const fast = { recordsPerSecond: 1e9, startDelayMs: 0, idlePollMs: 10 };

  beforeAll(async () => {
    database = await openTestDatabase();
    h = await createHarness(database);
  });
  afterAll(async () => database?.close());

  const submit = async (n: number) => (await read(h.submit(csv(rows(n))))).body.data.batch_id as string;
  const batch = (id: string) => database.prisma.sandboxBatch.findUniqueOrThrow({ where: { id } });

  /** Each record processed exactly once: outcomes match the rule and both ordinals are dense 1..n. */
  async function expectExactlyOnce(id: string, n: number) {
    const b = await batch(id);
    expect(b).toMatchObject({ status: "completed", processedRecords: n, failedRecords: n / 5, successfulRecords: n - n / 5 });
    const recs = await database.prisma.sandboxRecordOutcome.findMany({ where: { batchId: id }, orderBy: { rowNo: "asc" } });
    expect(recs.map((r) => r.rowNo)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(recs.map((r) => r.status)).toEqual(recs.map((r) => (r.rowNo % 5 === 0 ? "failure" : "success")));
    expect(recs.filter((r) => r.successNo !== null).map((r) => r.successNo)).toEqual(Array.from({ length: n - n / 5 }, (_, i) => i + 1));
    expect(recs.filter((r) => r.failureNo !== null).map((r) => r.failureNo)).toEqual(Array.from({ length: n / 5 }, (_, i) => i + 1));
    expect(recs.every((r) => r.transactionId && r.processedAt)).toBe(true);
  }

  it("resumes after a stop mid-batch and processes every record exactly once", async () => {
    const id = await submit(600);
    const first = startSandboxProcessor({ pool: database.pool, ...fast, maxChunk: 50 });
    await until(async () => (await batch(id)).processedRecords >= 200);
    await first.stop();
    const halfway = await batch(id);
    expect(halfway.status).toBe("in_progress");
    expect(halfway.processedRecords).toBeLessThan(600);
    expect(halfway.processedRecords % 50).toBe(0); // whole chunks only
    expect(await database.prisma.sandboxRecordOutcome.count({ where: { batchId: id } })).toBe(halfway.processedRecords);
    const second = startSandboxProcessor({ pool: database.pool, ...fast, maxChunk: 50 });
    await until(async () => (await batch(id)).status === "completed");
    await second.stop();
    await expectExactlyOnce(id, 600);
    // A chunk's outcomes share its transaction's clock (processed_at's default, now()).
    const outcomes = await database.prisma.sandboxRecordOutcome.findMany({ where: { batchId: id }, orderBy: { rowNo: "asc" } });
    for (let i = 0; i < 600; i += 50) expect(new Set(outcomes.slice(i, i + 50).map((o) => o.processedAt.getTime())).size).toBe(1);
    expect(outcomes[0]!.processedAt.getTime()).toBeLessThanOrEqual(outcomes[599]!.processedAt.getTime());
  });

  it("rolls a chunk back whole when processing crashes inside it, then redoes it", async () => {
    const id = await submit(300);
    let lookups = 0;
    const flaky: ResidentRegistry = {
      ...syntheticRegistry,
      async screen(requests) {
        const before = lookups;
        lookups += requests.length;
        if (before < 130 && lookups >= 130) throw new Error("registry connection lost");
        return syntheticRegistry.screen(requests);
      },
    };
    const p = startSandboxProcessor({ pool: database.pool, ...fast, maxChunk: 100, registry: flaky });
    await until(async () => (await batch(id)).status === "completed");
    await p.stop();
    expect(lookups).toBeGreaterThan(240); // the broken chunk's lookups were repeated
    await expectExactlyOnce(id, 300);
  });

  it("lets several processors share the work without processing anything twice", async () => {
    const ids = await Promise.all([submit(300), submit(300), submit(150)]);
    const workers = [1, 2, 3].map(() => startSandboxProcessor({ pool: database.pool, ...fast, maxChunk: 25 }));
    await until(async () => (await Promise.all(ids.map(batch))).every((b) => b.status === "completed"));
    await Promise.all(workers.map((w) => w.stop()));
    await expectExactlyOnce(ids[0]!, 300);
    await expectExactlyOnce(ids[1]!, 300);
    await expectExactlyOnce(ids[2]!, 150);
  });

  it("waits for the start delay and keeps the configured pace", async () => {
    const id = await submit(250);
    const waiting = startSandboxProcessor({ pool: database.pool, recordsPerSecond: 1e9, startDelayMs: 60_000, idlePollMs: 10 });
    await new Promise((r) => setTimeout(r, 300));
    await waiting.stop();
    expect((await batch(id)).status).toBe("pending");

    const paced = startSandboxProcessor({ pool: database.pool, recordsPerSecond: 100, startDelayMs: 0, idlePollMs: 10 });
    const began = Date.now();
    await until(async () => (await batch(id)).processedRecords > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect((await batch(id)).processedRecords).toBe(100); // one second's worth per chunk
    await until(async () => (await batch(id)).status === "completed");
    await paced.stop();
    expect(Date.now() - began).toBeGreaterThanOrEqual(1_900); // 100 + 100 + 50 records at 100/s
    await expectExactlyOnce(id, 250);
  });

  it("uses the records judged ahead only while they are still the batch's next chunk", async () => {
    const id = await submit(100);
    const opts = { maxRecords: 40, startDelayMs: 0, registry: syntheticRegistry, today: todayInUae(new Date()) };
    const first = await processNextChunk(database.pool, opts);
    const ahead = await first!.ahead;
    expect(ahead).toMatchObject({ batchId: id, cursor: 40 });
    expect(ahead!.judged.map((j) => j.rowNo)).toEqual(Array.from({ length: 40 }, (_, i) => 41 + i));
    // Marked so its use shows: every record of it fails as a duplicate.
    const marked = (a: JudgedAhead): JudgedAhead => ({ ...a, judged: a.judged.map((j) => ({ rowNo: j.rowNo, outcome: { status: "failure", errors: [BUSINESS_ERRORS.RESIDENT_NOT_FOUND] } })) });
    await processNextChunk(database.pool, opts, marked(ahead!));
    const stale = marked({ ...ahead!, judged: ahead!.judged.map((j) => ({ ...j, rowNo: j.rowNo + 40 })) }); // cursor 40, but the batch is at 80
    await processNextChunk(database.pool, opts, stale);
    const outcomes = await database.prisma.sandboxRecordOutcome.findMany({ where: { batchId: id }, orderBy: { rowNo: "asc" } });
    expect(outcomes.map((o) => o.rowNo)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(outcomes.slice(40, 80).every((o) => o.status === "failure")).toBe(true);
    expect(outcomes.slice(80).map((o) => o.status)).toEqual(outcomes.slice(80).map((o) => (o.rowNo % 5 === 0 ? "failure" : "success")));
    expect(await batch(id)).toMatchObject({ status: "completed", processedRecords: 100 });
  });

  it("looks for work at once when nudged while idle, and a nudge never cuts a pace pause short", async () => {
    const p = startSandboxProcessor({ pool: database.pool, recordsPerSecond: 100, startDelayMs: 0, idlePollMs: 60_000 });
    await new Promise((r) => setTimeout(r, 300)); // found nothing: asleep for a minute
    const id = await submit(150);
    p.nudge();
    await until(async () => (await batch(id)).processedRecords === 100, 5_000); // its first chunk, one second's worth
    for (let i = 0; i < 5; i++) p.nudge();
    await new Promise((r) => setTimeout(r, 400));
    expect((await batch(id)).processedRecords).toBe(100); // still in the one-second pause
    await until(async () => (await batch(id)).status === "completed", 5_000);
    await p.stop();
  });
});
