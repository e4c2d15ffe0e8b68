import "server-only";
import { fromPrisma } from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { JobDefinition } from "./define-job";
import { jobQueue } from "./job-queue";

/**
 * Sends a job through pg-boss inside the caller's transaction, so the job exists exactly when
 * the change that needs it committed. `key` (a request id) is the job's singleton key: while a
 * job of that name and key is waiting, sending another is a no-op.
 */
export async function enqueueJob<S extends z.ZodType>(
  tx: Prisma.TransactionClient,
  job: JobDefinition<S>,
  key: string,
  payload: z.infer<S>,
  runAt = new Date(),
): Promise<void> {
  const data = job.payload.parse(payload) as object;
  const { boss, ensure } = await jobQueue();
  await ensure(job as unknown as JobDefinition);
  await boss.send(job.name, data, { singletonKey: key, startAfter: runAt, db: fromPrisma(tx) });
}
