import "server-only";
import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import { getEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { JobGaveUp, type JobDefinition } from "./define-job";
import { jobQueue } from "./job-queue";

/** Has this process's pg-boss run every job's handler as jobs fall due (many processes may). */
export async function startJobWorkers(jobs: readonly JobDefinition[]): Promise<void> {
  const { boss, ensure } = await jobQueue();
  const pollingIntervalSeconds = getEnv().JOB_POLL_INTERVAL_MS / 1000;
  for (const job of jobs) {
    await ensure(job);
    // perJobResults: the handler says how each attempt ended, so a failure is stored as its
    // message alone (pg-boss would store a thrown error's stack) and a final one skips its retries.
    await boss.work(job.name, { pollingIntervalSeconds, includeMetadata: true, batchSize: 1, perJobResults: true }, async (claimed: JobWithMetadata<object>[]) =>
      Promise.all(claimed.map((one) => runJob(boss, job, one))),
    );
  }
}

/**
 * One attempt of a job as pg-boss hands it over. A throw fails the attempt (pg-boss retries it
 * with backoff, then marks it failed), a JobGaveUp fails it for good at once; either way only
 * the error's message is kept. A returned delay sends the follow-up for the same key while this
 * one is still active, which the queue's `stately` policy accepts (one waiting beside one running).
 */
export async function runJob(boss: PgBoss, job: JobDefinition, claimed: JobWithMetadata<object>): Promise<JobResult> {
  const attempt = { number: claimed.retryCount + 1, isLast: claimed.retryCount >= claimed.retryLimit, signal: claimed.signal };
  // Which process ran which attempt: operators follow a job across instances by this line
  // (and e2e/scale-out finds the instance to kill by it).
  logger.info({ job: job.name, jobId: claimed.id, attempt: attempt.number, pid: process.pid }, "job attempt started");
  let rerunAfterMs: void | number;
  try {
    rerunAfterMs = await job.run(job.payload.parse(claimed.data), attempt);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const final = error instanceof JobGaveUp;
    // The payload is not logged: job errors and logs stay free of personal data. An aborted
    // attempt belongs to another worker now (or to the next start): its failure says nothing.
    if (!claimed.signal.aborted) logger.warn({ job: job.name, jobId: claimed.id, attempt: attempt.number, isLast: attempt.isLast || final, error: message }, "job attempt failed");
    return { id: claimed.id, status: final ? "deadletter" : "failed", output: { message } };
  }
  // Another worker holds the job now: its run decides what comes next.
  if (typeof rerunAfterMs === "number" && !claimed.signal.aborted) {
    await boss.send(job.name, claimed.data, { singletonKey: claimed.singletonKey ?? claimed.id, startAfter: new Date(Date.now() + rerunAfterMs) });
  }
  return { id: claimed.id, status: "completed" };
}
