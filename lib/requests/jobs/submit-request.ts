import "server-only";
import { createHash } from "node:crypto";
import { writeAudit } from "@/lib/audit/write-audit";
import { refreshBatchStatusJob } from "@/lib/batches/jobs/refresh-batch-status-job";
import { getEnv } from "@/lib/config/env";
import { JobGaveUp } from "@/lib/jobs/define-job";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { resolveApiAccess } from "@/lib/api-keys/resolve-api-access";
import { db } from "@/lib/db/client";
import { DigitizationError, submitBatch, type TransportOptions } from "@/lib/digitization/client";
import { notify } from "@/lib/notifications/notify";
import { openDecrypted } from "@/lib/storage/stored-files";

const RETRYABLE = new Set(["upstream_unavailable", "rate_limited", "malformed_response"]);

/**
 * Sends an approved request's stored file to the Digitization API. Idempotent: the request id
 * is the Idempotency-Key, so a retry after a lost answer gets the same batch back. The job's
 * signal (lease lost to another worker) stops it before the call and before recording a result.
 */
export async function submitRequest(requestId: string, attempt: { number: number; isLast: boolean; signal?: AbortSignal }, transport: TransportOptions = {}) {
  const { signal } = attempt;
  const prisma = await db();
  const request = await prisma.migrationRequest.findUnique({ where: { id: requestId } });
  if (!request || !["APPROVED", "SUBMITTING"].includes(request.status) || !request.storageKey || !request.approvedSha256) return;
  await prisma.migrationRequest.update({ where: { id: requestId }, data: { status: "SUBMITTING", submissionAttempts: { increment: 1 } } });

  const storedDigest = await digestOf(request.storageKey);
  if (storedDigest !== request.approvedSha256) {
    return fail(requestId, "The stored file no longer matches the approved SHA-256. It was not sent; upload the file again.");
  }
  try {
    const access = await resolveApiAccess(request.organizationId);
    const storageKey = request.storageKey;
    signal?.throwIfAborted();
    const result = await submitBatch(
      { ...access, idempotencyKey: requestId, sha256: request.approvedSha256, body: () => decryptedChunks(storageKey) },
      signal ? { ...transport, signal } : transport,
    );
    // Lease lost meanwhile: the new owner submits with the same Idempotency-Key, gets this same
    // batch back and records it; writing it here too would only race that owner.
    signal?.throwIfAborted();
    await prisma.$transaction(async (tx) => {
      await tx.migrationRequest.update({
        where: { id: requestId },
        data: { status: "SUBMITTED", batchId: result.batchId, batchStatus: result.status, submittedAt: new Date(), submissionError: null },
      });
      await enqueueJob(tx, refreshBatchStatusJob, requestId, { requestId }, new Date(Date.now() + getEnv().STATUS_FIRST_POLL_DELAY_MS));
      await writeAudit(tx, { action: "request.submitted", outcome: "SUCCESS", organizationId: request.organizationId, targetType: "request", targetId: requestId, details: { batchId: result.batchId, attempt: attempt.number } });
    });
  } catch (error) {
    // Stopped because another worker owns the job now: its outcome is that worker's to record.
    if (signal?.aborted) throw error;
    const message = error instanceof DigitizationError || error instanceof Error ? error.message : "Unknown error";
    const retryable = !(error instanceof DigitizationError) || RETRYABLE.has(error.kind);
    if (retryable && !attempt.isLast) {
      await prisma.migrationRequest.update({ where: { id: requestId }, data: { submissionError: `${message} (retrying)` } });
      throw error;
    }
    await fail(requestId, message);
  }
}

async function* decryptedChunks(storageKey: string): AsyncIterable<Uint8Array> {
  yield* await openDecrypted(storageKey);
}

async function digestOf(storageKey: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of await openDecrypted(storageKey)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Submission failed for good: the request says so (an approver may retry it), and so does its job, for administrators. */
async function fail(requestId: string, reason: string): Promise<never> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const request = await tx.migrationRequest.update({ where: { id: requestId }, data: { status: "SUBMISSION_FAILED", submissionError: reason } });
    await writeAudit(tx, { action: "request.submission-failed", outcome: "FAILURE", organizationId: request.organizationId, targetType: "request", targetId: requestId, details: { reason } });
    await notify(tx, { type: "submission.needs-attention", requestId, actorId: null });
  });
  throw new JobGaveUp(reason);
}
