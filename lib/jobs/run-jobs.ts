import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import type { JobDefinition } from "./define-job";

type Claimed = { id: string; name: string; payload: unknown; attempts: number; maxAttempts: number };

/**
 * Claims one due job through the database (a crashed worker's lease expires and the job is
 * claimed again), so any number of portal instances can run this loop side by side.
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
  const definition = jobs.find((j) => j.name === job.name)!;
  const isLast = job.attempts >= job.maxAttempts;
  try {
    const rerunAfterMs = await definition.run(definition.payload.parse(job.payload), { number: job.attempts, isLast });
    const done = { lockedBy: null, lockedUntil: null, lastError: null };
    await prisma.job.update({
      where: { id: job.id },
      data: typeof rerunAfterMs === "number"
        ? { ...done, status: "QUEUED", attempts: 0, runAt: new Date(Date.now() + rerunAfterMs) }
        : { ...done, status: "DONE" },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const delay = definition.retryDelayMs?.(job.attempts) ?? Math.min(2 ** job.attempts * 1000, 5 * 60_000);
    logger.warn({ job: job.name, jobId: job.id, attempt: job.attempts, isLast, error: message }, "job attempt failed");
    await prisma.job.update({
      where: { id: job.id },
      data: isLast
        ? { status: "FAILED", lastError: message, lockedBy: null, lockedUntil: null }
        : { status: "QUEUED", lastError: message, lockedBy: null, lockedUntil: null, runAt: new Date(Date.now() + delay) },
    });
  }
  return true;
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
