import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import type { JobDefinition } from "./define-job";
import { holdLease } from "./job-lease";

type Claimed = { id: string; name: string; payload: unknown; attempts: number; maxAttempts: number };

/**
 * Claims one due job through the database (a crashed worker's lease expires and the job is
 * claimed again), so any number of portal instances can run this loop side by side. The lease
 * is renewed while the job runs, and its outcome is recorded only while this worker still owns it.
 */
export async function runNextJob(prisma: PrismaClient, jobs: readonly JobDefinition[], workerId: string, leaseSeconds = 120): Promise<boolean> {
  const names = jobs.map((j) => j.name);
  const [job] = await prisma.$queryRaw<Claimed[]>`
    UPDATE "Job" SET status = 'RUNNING', "lockedBy" = ${workerId}, attempts = attempts + 1,
      "lockedUntil" = now() + make_interval(secs => ${leaseSeconds}), "updatedAt" = now()
    WHERE id = (
      SELECT id FROM "Job"
      WHERE name = ANY(${names}::text[]) AND "runAt" <= now()
        AND (status = 'QUEUED' OR (status = 'RUNNING' AND "lockedUntil" < now()))
      ORDER BY "runAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, name, payload, attempts, "maxAttempts"`;
  if (!job) return false;
  const lease = holdLease(prisma, job.id, workerId, leaseSeconds);
  let outcome: Prisma.JobUpdateManyMutationInput;
  try {
    outcome = await attempt(jobs, job, lease.signal);
  } finally {
    await lease.release();
  }
  // Only the owner writes the outcome: a worker that lost its lease must not mark as done (or
  // failed) a job another worker is running now, nor undo a retry queued meanwhile.
  const recorded = await prisma.job.updateMany({ where: { id: job.id, lockedBy: workerId, status: "RUNNING" }, data: outcome });
  if (recorded.count === 0) logger.warn({ job: job.name, jobId: job.id, workerId }, "job lease lost: outcome not recorded, the current owner decides");
  return true;
}

/** Runs the job once and says what the job row becomes: done, due again later, retried or failed. */
async function attempt(jobs: readonly JobDefinition[], job: Claimed, signal: AbortSignal): Promise<Prisma.JobUpdateManyMutationInput> {
  const definition = jobs.find((j) => j.name === job.name)!;
  const isLast = job.attempts >= job.maxAttempts;
  const unlocked = { lockedBy: null, lockedUntil: null };
  try {
    const rerunAfterMs = await definition.run(definition.payload.parse(job.payload), { number: job.attempts, isLast, signal });
    return typeof rerunAfterMs === "number"
      ? { ...unlocked, lastError: null, status: "QUEUED", attempts: 0, runAt: new Date(Date.now() + rerunAfterMs) }
      : { ...unlocked, lastError: null, status: "DONE" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const delay = definition.retryDelayMs?.(job.attempts) ?? Math.min(2 ** job.attempts * 1000, 5 * 60_000);
    if (!signal.aborted) logger.warn({ job: job.name, jobId: job.id, attempt: job.attempts, isLast, error: message }, "job attempt failed");
    return isLast
      ? { ...unlocked, status: "FAILED", lastError: message }
      : { ...unlocked, status: "QUEUED", lastError: message, runAt: new Date(Date.now() + delay) };
  }
}

/** Polls for due jobs until stopped; runs them one at a time per process. */
export function startJobRunner(prisma: PrismaClient, jobs: readonly JobDefinition[], opts: { pollMs: number; leaseSeconds: number }) {
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const ran = await runNextJob(prisma, jobs, workerId, opts.leaseSeconds).catch((error) => {
        logger.error({ err: error }, "job runner error");
        return false;
      });
      if (!ran) await new Promise((r) => setTimeout(r, opts.pollMs));
    }
  })();
  return { stop: async () => { stopped = true; await loop; } };
}
