import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { forgetEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { databaseTargets } from "@/test/database-targets";
import { jobsOf } from "@/test/queued-jobs";
import { usePortalDatabase } from "@/test/use-portal-database";
import { defineJob, JobGaveUp, type JobAttempt } from "./define-job";
import { enqueueJob } from "./enqueue-job";
import { jobQueue } from "./job-queue";
import { startJobWorkers } from "./work-jobs";

const quick = { retry: { limit: 1, delaySeconds: 0, backoff: false }, expireInSeconds: 60 };
const runs: string[] = [];
const attempts: Pick<JobAttempt, "number" | "isLast">[] = [];
const counting = defineJob({ name: "test.count", payload: z.object({ tag: z.string() }), ...quick, run: async ({ tag }) => void runs.push(tag) });
const polling = defineJob({ name: "test.poll", payload: z.object({ tag: z.string() }), ...quick, run: async ({ tag }) => (runs.push(tag), 60_000) });
const failing = defineJob({
  name: "test.fail",
  payload: z.object({ eid: z.string() }),
  ...quick,
  run: async (_payload, { number, isLast }) => {
    attempts.push({ number, isLast });
    throw new Error("upstream refused");
  },
});
// Refused for good on its first attempt: no retry may follow.
const givingUp = defineJob({
  name: "test.give-up",
  payload: z.object({}),
  ...quick,
  run: async () => {
    runs.push("gave-up");
    throw new JobGaveUp("the API refused the batch");
  },
});
// Runs until the test lets it finish, exposing the signal it was given.
let started: (signal: AbortSignal) => void = () => {};
let finish: () => void = () => {};
const holding = defineJob({
  name: "test.hold",
  payload: z.object({}),
  ...quick,
  run: async (_payload, { signal }) => {
    started(signal);
    await new Promise<void>((resolve) => { finish = resolve; });
    runs.push("held-finished");
  },
});
// Not a real person: a well-formed Emirates ID that must never reach a log line.
const EID = "784-1990-1234567-1";

async function enqueue<S extends z.ZodType>(job: ReturnType<typeof defineJob<S>>, key: string, payload: z.infer<S>) {
  await (await db()).$transaction((tx) => enqueueJob(tx, job, key, payload));
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await sleep(100);
  }
}

describe.each(databaseTargets())("jobs on pg-boss (%s)", (_name, target) => {
  beforeAll(() => {
    process.env.JOB_POLL_INTERVAL_MS = "500";
    process.env.JOB_HEARTBEAT_SECONDS = "10";
    forgetEnv();
  });
  usePortalDatabase(target);
  afterAll(() => {
    delete process.env.JOB_POLL_INTERVAL_MS;
    delete process.env.JOB_HEARTBEAT_SECONDS;
  });

  it("sends a job only when the caller's transaction commits, and one per key while it waits", async () => {
    const prisma = await db();
    await expect(prisma.$transaction(async (tx) => {
      await enqueueJob(tx, counting, "rolled-back", { tag: "never" });
      throw new Error("the approval failed");
    })).rejects.toThrow("the approval failed");
    expect(await jobsOf(counting.name, "rolled-back")).toEqual([]);

    await enqueue(counting, "k1", { tag: "a" });
    await enqueue(counting, "k1", { tag: "b" });
    expect((await jobsOf(counting.name, "k1")).map((j) => [j.state, j.data])).toEqual([["created", { tag: "a" }]]);
  });

  it("runs each job once with workers started, retries a failing one and leaves it failed with its message only", async () => {
    const warn = vi.spyOn(logger, "warn");
    await enqueue(counting, "k2", { tag: "c" });
    await enqueue(failing, "f1", { eid: EID });
    await enqueue(givingUp, "g1", {});
    await startJobWorkers([counting, polling, failing, givingUp, holding]);

    const done = await until(() => jobsOf(counting.name, "k1").then(async (k1) => [...k1, ...(await jobsOf(counting.name, "k2"))]), (js) => js.every((j) => j.state === "completed"));
    expect(done.map((j) => j.state)).toEqual(["completed", "completed"]);
    expect(runs.filter((r) => r === "a" || r === "c").sort()).toEqual(["a", "c"]);

    const [failed] = await until(() => jobsOf(failing.name, "f1"), ([j]) => j?.state === "failed");
    // The message alone: pg-boss would keep a thrown error's stack trace.
    expect(failed).toMatchObject({ state: "failed", retryCount: 1 });
    expect(failed!.output).toEqual({ message: "upstream refused" });
    expect(attempts).toEqual([{ number: 1, isLast: false }, { number: 2, isLast: true }]);

    const [gaveUp] = await until(() => jobsOf(givingUp.name, "g1"), ([j]) => j?.state === "failed");
    expect(gaveUp).toMatchObject({ state: "failed", retryCount: 0 });
    expect(gaveUp!.output).toEqual({ message: "the API refused the batch" });
    await sleep(1_000);
    expect(runs.filter((r) => r === "gave-up")).toEqual(["gave-up"]);
    expect(JSON.stringify(warn.mock.calls)).not.toContain(EID);
    warn.mockRestore();
  });

  it("a job that asks to run again later sends its follow-up while it is still running (the stately policy accepts it)", async () => {
    await enqueue(polling, "p1", { tag: "poll" });
    const jobs = await until(() => jobsOf(polling.name, "p1"), (js) => js.length === 2 && js[0]!.state === "completed");
    expect(jobs.map((j) => j.state)).toEqual(["completed", "created"]);
    expect(jobs[1]!.data).toEqual({ tag: "poll" });
    expect(jobs[1]!.startAfter.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(runs.filter((r) => r === "poll")).toEqual(["poll"]);
  });

  it("a worker that lost its job to another is told to stop, and cannot record its outcome", async () => {
    const signalled = new Promise<AbortSignal>((resolve) => { started = resolve; });
    await enqueue(holding, "lost", {});
    const signal = await signalled;
    const { boss } = await jobQueue();
    const [running] = await jobsOf(holding.name, "lost");
    // As the supervisor does when a heartbeat goes stale: the attempt fails and another worker takes it.
    await boss.fail(holding.name, running!.id, { message: "heartbeat lost" });
    const [taken] = await boss.fetch(holding.name);
    expect(taken?.id).toBe(running!.id);
    // The first worker's next heartbeat (every 5 s) finds the claim gone.
    await until(async () => signal.aborted, Boolean, 15_000);
    expect(signal.aborted).toBe(true);
    finish();
    await sleep(1_000);
    expect((await jobsOf(holding.name, "lost")).map((j) => [j.state, j.retryCount])).toEqual([["active", 1]]);
    await boss.complete(holding.name, taken!);
    expect((await jobsOf(holding.name, "lost")).map((j) => j.state)).toEqual(["completed"]);
  }, 30_000);

  it("hands the job of a worker that died (no heartbeat) to another worker", async () => {
    await enqueue(counting, "orphan", { tag: "after-crash" });
    const { boss } = await jobQueue();
    // A worker elsewhere claims it and dies: no heartbeat, no outcome. Ours must get it.
    await boss.offWork(counting.name);
    const [claimed] = await boss.fetch(counting.name);
    expect(claimed).toBeDefined();
    await startJobWorkers([counting]);
    const [job] = await until(() => jobsOf(counting.name, "orphan"), ([j]) => j?.state === "completed", 45_000);
    expect(job).toMatchObject({ state: "completed", retryCount: 1 });
    expect(runs).toContain("after-crash");
  }, 60_000);
});
