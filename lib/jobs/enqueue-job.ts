import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { JobDefinition } from "./define-job";

/**
 * Queues a job inside the caller's transaction, so the job exists exactly when the change that
 * needs it committed. One job per (name, key): enqueuing again is a no-op.
 */
export async function enqueueJob<S extends z.ZodType>(
  tx: Prisma.TransactionClient,
  job: JobDefinition<S>,
  key: string,
  payload: z.infer<S>,
  runAt = new Date(),
): Promise<void> {
  const data = job.payload.parse(payload) as Prisma.InputJsonValue;
  await tx.job.upsert({
    where: { name_key: { name: job.name, key } },
    create: { name: job.name, key, payload: data, runAt, maxAttempts: job.maxAttempts ?? 8 },
    update: {},
  });
}
