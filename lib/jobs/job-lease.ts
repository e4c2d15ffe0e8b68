import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

/** The reason a job's signal aborts: another worker owns the job now. */
export class LeaseLostError extends Error {
  constructor() {
    super("The job's lease was lost to another worker");
    this.name = "LeaseLostError";
  }
}

export type JobLease = {
  /** Aborts once a renewal finds the job no longer ours. */
  signal: AbortSignal;
  /** Stops renewing; resolves after any renewal in flight, so none can race the final write. */
  release(): Promise<void>;
};

/**
 * Keeps a claimed job's lease alive while it runs, renewing it every third of the lease: a job
 * that runs longer than the lease is not claimed by a second worker. The renewal only extends
 * a lease this worker still holds; when it finds the job taken (this process paused past its
 * lease and another worker claimed it), the signal aborts so the job stops where it safely can.
 */
export function holdLease(prisma: PrismaClient, jobId: string, workerId: string, leaseSeconds: number): JobLease {
  const controller = new AbortController();
  const everyMs = (leaseSeconds * 1000) / 3;
  let released = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  async function renew() {
    try {
      const renewed = await prisma.$executeRaw`
        UPDATE "Job" SET "lockedUntil" = now() + make_interval(secs => ${leaseSeconds}), "updatedAt" = now()
        WHERE id = ${jobId}::uuid AND "lockedBy" = ${workerId} AND status = 'RUNNING'`;
      if (renewed === 0) {
        logger.warn({ jobId, workerId }, "job lease lost to another worker; stopping the job");
        controller.abort(new LeaseLostError());
      }
    } catch (error) {
      // A failed renewal is not a lost lease: try again at the next beat. If the lease runs out
      // meanwhile, the final write (conditioned on ownership) still refuses a stale result.
      logger.warn({ jobId, workerId, error: error instanceof Error ? error.message : String(error) }, "job lease renewal failed");
    }
  }

  function beat() {
    timer = setTimeout(() => {
      inFlight = renew().then(() => {
        if (!released && !controller.signal.aborted) beat();
      });
    }, everyMs);
    // The heartbeat alone must not keep a process alive that is otherwise shutting down.
    timer.unref();
  }

  beat();
  return {
    signal: controller.signal,
    async release() {
      released = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
