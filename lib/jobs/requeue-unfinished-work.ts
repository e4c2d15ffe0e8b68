import "server-only";
import { refreshBatchStatusJob } from "@/lib/batches/jobs/refresh-batch-status-job";
import { STATUS_JOB_GIVE_UP_MS } from "@/lib/config/polling";
import { db } from "@/lib/db/client";
import { isTerminalStatus, toBatchStatus } from "@/lib/digitization/client";
import { submitRequestJob } from "@/lib/requests/jobs/submit-request-job";
import { enqueueJob } from "./enqueue-job";

/**
 * Every request the queue owes work re-sent at a worker's start: approved but not submitted,
 * or submitted within the day the status is polled with a batch not yet seen finished. It carries over the jobs of the table
 * pg-boss replaced (its migration drops them) and heals a job deleted by hand. Harmless when
 * the job exists: a waiting one makes the send a no-op, and a running one is followed by a run
 * that finds its work done (submission is idempotent, the request id being the Idempotency-Key).
 */
export async function requeueUnfinishedWork(): Promise<void> {
  const prisma = await db();
  const toSubmit = await prisma.migrationRequest.findMany({ where: { status: { in: ["APPROVED", "SUBMITTING"] } }, select: { id: true } });
  const submitted = await prisma.migrationRequest.findMany({
    where: { status: "SUBMITTED", batchId: { not: null }, submittedAt: { gt: new Date(Date.now() - STATUS_JOB_GIVE_UP_MS) } },
    select: { id: true, batchStatus: true },
  });
  const toRefresh = submitted.filter((r) => !isTerminalStatus(toBatchStatus(r.batchStatus).status));
  await prisma.$transaction(async (tx) => {
    for (const { id } of toSubmit) await enqueueJob(tx, submitRequestJob, id, { requestId: id });
    for (const { id } of toRefresh) await enqueueJob(tx, refreshBatchStatusJob, id, { requestId: id });
  });
}
