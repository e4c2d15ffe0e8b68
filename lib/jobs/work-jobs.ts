import "server-only";
import type { JobWithMetadata, PgBoss } from "pg-boss";
import { getEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import type { JobDefinition } from "./define-job";
import { jobQueue } from "./job-queue";

/** Has this process's pg-boss run every job's handler as jobs fall due (many processes may). */
export async function startJobWorkers(jobs: readonly JobDefinition[]): Promise<void> {
  const { boss, ensure } = await jobQueue();
  const pollingIntervalSeconds = getEnv().JOB_POLL_INTERVAL_MS / 1000;
  for (const job of jobs) {
    await ensure(job);
    await boss.work<object, void, { pollingIntervalSeconds: number; includeMetadata: true; batchSize: 1 }>(job.name, { pollingIntervalSeconds, includeMetadata: true, batchSize: 1 }, async ([claimed]) => {
      if (claimed) await runJob(boss, job, claimed);
    });
  }
}

/**
 * One attempt of a job as pg-boss hands it over. A throw fails the attempt (pg-boss retries it
 * with backoff, then marks it failed with the error's message); a returned delay sends the
 * follow-up for the same key while this one is still active, which the queue's `stately` policy
 * accepts (one waiting beside one running).
 */
export async function runJob(boss: PgBoss, job: JobDefinition, claimed: JobWithMetadata<object>): Promise<void> {
  const attempt = { number: claimed.retryCount + 1, isLast: claimed.retryCount >= claimed.retryLimit, signal: claimed.signal };
  let rerunAfterMs: void | number;
  try {
    rerunAfterMs = await job.run(job.payload.parse(claimed.data), attempt);
  } catch (error) {
    // The payload is not logged: job errors and logs stay free of personal data.
    if (!claimed.signal.aborted) logger.warn({ job: job.name, jobId: claimed.id, attempt: attempt.number, isLast: attempt.isLast, error: error instanceof Error ? error.message : String(error) }, "job attempt failed");
    throw error;
  }
  // Another worker holds the job now: its run decides what comes next.
  if (typeof rerunAfterMs !== "number" || claimed.signal.aborted) return;
  await boss.send(job.name, claimed.data, { singletonKey: claimed.singletonKey ?? claimed.id, startAfter: new Date(Date.now() + rerunAfterMs) });
}
