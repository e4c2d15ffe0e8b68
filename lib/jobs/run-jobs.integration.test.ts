import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { databaseTargets } from "@/lib/testing/database-targets";
import { usePortalDatabase } from "@/lib/testing/use-portal-database";
import { defineJob } from "./define-job";
import { enqueueJob } from "./enqueue-job";
import { runNextJob } from "./run-jobs";

const runs: string[] = [];
const counting = defineJob({ name: "test.count", payload: z.object({ tag: z.string() }), run: async ({ tag }) => void runs.push(tag) });
const polling = defineJob({ name: "test.poll", payload: z.object({}), run: async () => 60_000 });
const failing = defineJob({ name: "test.fail", payload: z.object({}), maxAttempts: 2, retryDelayMs: () => 0, run: async () => { throw new Error("boom"); } });
// A job that runs until the test lets it finish (or fail), exposing the signal it was given.
type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void };
function deferred<T>(): Deferred<T> {
  const d = {} as Deferred<T>;
  d.promise = new Promise<T>((resolve, reject) => Object.assign(d, { resolve, reject }));
  return d;
}
type Held = { started: Deferred<AbortSignal>; finish: Deferred<void> };
let held: Held;
const holding = defineJob({
  name: "test.hold",
  payload: z.object({ eid: z.string() }),
  maxAttempts: 1,
  run: async (_payload, { signal }) => {
    held.started.resolve(signal);
    await held.finish.promise;
  },
});
const slowRuns: number[] = [];
const slow = defineJob({ name: "test.slow", payload: z.object({ ms: z.number() }), run: async ({ ms }) => { slowRuns.push(Date.now()); await sleep(ms); } });
const all = [counting, polling, failing, holding, slow];
// Not a real person: a well-formed Emirates ID that must never reach a log line.
const EID = "784-1990-1234567-1";

async function enqueue(job: (typeof all)[number], key: string, payload: object) {
  const prisma = await db();
  await prisma.$transaction((tx) => enqueueJob(tx, job as typeof counting, key, payload as { tag: string }));
}

describe.each(databaseTargets())("job runner on %s", (_name, target) => {
  usePortalDatabase(target);
  beforeEach(() => {
    runs.length = 0;
    slowRuns.length = 0;
    held = { started: deferred(), finish: deferred() };
  });
  afterEach(() => vi.restoreAllMocks());
  const jobRow = async (name: string, key: string) => (await db()).job.findUniqueOrThrow({ where: { name_key: { name, key } } });

  it("runs a job once, and enqueuing the same key again is a no-op", async () => {
    await enqueue(counting, "k1", { tag: "a" });
    await enqueue(counting, "k1", { tag: "b" });
    expect(await runNextJob(await db(), all, "w1")).toBe(true);
    expect(await runNextJob(await db(), all, "w1")).toBe(false);
    expect(runs).toEqual(["a"]);
  });

  it("requeues a job that asks to run again later", async () => {
    await enqueue(polling, "p1", {});
    await runNextJob(await db(), all, "w1");
    const job = await (await db()).job.findUniqueOrThrow({ where: { name_key: { name: "test.poll", key: "p1" } } });
    expect(job.status).toBe("QUEUED");
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it("retries a failing job, then marks it FAILED with the error after its last attempt", async () => {
    await enqueue(failing, "f1", {});
    await runNextJob(await db(), all, "w1");
    let job = await (await db()).job.findUniqueOrThrow({ where: { name_key: { name: "test.fail", key: "f1" } } });
    expect(job).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "boom" });
    await runNextJob(await db(), all, "w1");
    job = await (await db()).job.findUniqueOrThrow({ where: { name_key: { name: "test.fail", key: "f1" } } });
    expect(job).toMatchObject({ status: "FAILED", attempts: 2 });
  });

  it("claims a crashed worker's job again once its lease has expired", async () => {
    await enqueue(counting, "crash", { tag: "after-crash" });
    const prisma = await db();
    await prisma.job.update({ where: { name_key: { name: "test.count", key: "crash" } }, data: { status: "RUNNING", lockedBy: "dead", lockedUntil: new Date(Date.now() - 1000) } });
    expect(await runNextJob(prisma, all, "w2")).toBe(true);
    expect(runs).toContain("after-crash");
  });

  it("never gives one job to two workers at once", async () => {
    for (let i = 0; i < 6; i++) await enqueue(counting, `c${i}`, { tag: `c${i}` });
    const prisma = await db();
    await Promise.all(Array.from({ length: 4 }, (_, w) => (async () => { while (await runNextJob(prisma, all, `w${w}`)); })()));
    expect(runs.filter((t) => t.startsWith("c")).sort()).toEqual(["c0", "c1", "c2", "c3", "c4", "c5"]);
  });

  it("renews the lease of a job running longer than it, so a second worker does not claim it meanwhile", async () => {
    await enqueue(slow, "long", { ms: 3_000 });
    const prisma = await db();
    const first = runNextJob(prisma, all, "w1", 1);
    let finished = false;
    void first.finally(() => { finished = true; });
    const secondClaims: boolean[] = [];
    while (!finished) {
      await sleep(200);
      if (!finished) secondClaims.push(await runNextJob(prisma, all, "w2", 1));
    }
    expect(await first).toBe(true);
    expect(secondClaims.length).toBeGreaterThan(5);
    expect(secondClaims.every((claimed) => !claimed)).toBe(true);
    expect(slowRuns).toHaveLength(1);
    expect(await jobRow("test.slow", "long")).toMatchObject({ status: "DONE", lockedBy: null, attempts: 1 });
  });

  it.each([["done", "finishes"], ["failed", "throws"]] as const)("a worker that lost its lease cannot mark the job %s, and its job is told to stop", async (_outcome, how) => {
    const warn = vi.spyOn(logger, "warn");
    await enqueue(holding, `lost-${how}`, { eid: EID });
    const prisma = await db();
    const running = runNextJob(prisma, all, "w1", 1);
    const signal = await held.started.promise;
    // The lease ran out during a pause and another worker claimed the job.
    const takenUntil = new Date(Date.now() + 60_000);
    await prisma.job.update({ where: { name_key: { name: "test.hold", key: `lost-${how}` } }, data: { lockedBy: "w2", lockedUntil: takenUntil } });
    // The next heartbeat (a third of the 1 s lease) must notice; 5 s is a generous bound.
    await Promise.race([new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true })), sleep(5_000)]);
    expect(signal.aborted).toBe(true);
    if (how === "finishes") held.finish.resolve();
    else held.finish.reject(new Error("upstream refused"));
    expect(await running).toBe(true);

    const job = await jobRow("test.hold", `lost-${how}`);
    expect(job).toMatchObject({ status: "RUNNING", lockedBy: "w2", lastError: null, attempts: 1 });
    expect(job.lockedUntil?.getTime()).toBe(takenUntil.getTime());
    expect(warn.mock.calls.map(([fields]) => fields)).toContainEqual(expect.objectContaining({ jobId: job.id, workerId: "w1" }));
    expect(JSON.stringify(warn.mock.calls)).not.toContain(EID);
  });

  it("stops renewing the lease once the job has ended", async () => {
    await enqueue(counting, "beat", { tag: "beat" });
    const prisma = await db();
    expect(await runNextJob(prisma, all, "w1", 0.6)).toBe(true);
    // Were the heartbeat still running, it would extend a lease that looks like w1's again.
    const expired = new Date(Date.now() - 1_000);
    await prisma.job.update({ where: { name_key: { name: "test.count", key: "beat" } }, data: { status: "RUNNING", lockedBy: "w1", lockedUntil: expired } });
    await sleep(900);
    expect((await jobRow("test.count", "beat")).lockedUntil?.getTime()).toBe(expired.getTime());
  });
});
