import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/lib/testing/database-targets";
import { usePortalDatabase } from "@/lib/testing/use-portal-database";
import { defineJob } from "./define-job";
import { enqueueJob } from "./enqueue-job";
import { runNextJob } from "./run-jobs";

const runs: string[] = [];
const counting = defineJob({ name: "test.count", payload: z.object({ tag: z.string() }), run: async ({ tag }) => void runs.push(tag) });
const polling = defineJob({ name: "test.poll", payload: z.object({}), run: async () => 60_000 });
const failing = defineJob({ name: "test.fail", payload: z.object({}), maxAttempts: 2, retryDelayMs: () => 0, run: async () => { throw new Error("boom"); } });
const all = [counting, polling, failing];

async function enqueue(job: typeof counting | typeof polling | typeof failing, key: string, payload: object) {
  const prisma = await db();
  await prisma.$transaction((tx) => enqueueJob(tx, job as typeof counting, key, payload as { tag: string }));
}

describe.each(databaseTargets())("job runner on %s", (_name, target) => {
  usePortalDatabase(target);
  beforeEach(() => { runs.length = 0; });

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
});
