import "server-only";
import { createHash } from "node:crypto";
import { refreshBatchStatusJob } from "@/lib/batches/jobs/refresh-batch-status-job";
import { getEnv } from "@/lib/config/env";
import { JobGaveUp } from "@/lib/jobs/define-job";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { resolveApiAccess } from "@/lib/api-keys/resolve-api-access";
import { db } from "@/lib/db/client";
import { DigitizationError, submitBatch, type TransportOptions } from "@/lib/digitization/client";
import { notify } from "@/lib/notifications/notify";
import { openDecrypted } from "@/lib/storage/stored-files";
import { moveRequest } from "../request-lifecycle";

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
  await prisma.$transaction((tx) =>
    moveRequest(tx, "submitting", request, { by: null, data: { submissionAttempts: { increment: 1 } }, details: { attempt: attempt.number } }),
  );

  const storedDigest = await digestOf(request.storageKey);
  if (storedDigest !== request.approvedSha256) {
    return fail(request, "stored_file_changed", "The stored file no longer matches the approved SHA-256. It was not sent; upload the file again.");
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
      await moveRequest(tx, "submitted", request, {
        by: null,
        data: { batchId: result.batchId, batchStatus: result.status, submittedAt: new Date(), submissionError: null },
        details: { batchId: result.batchId, attempt: attempt.number },
      });
      await enqueueJob(tx, refreshBatchStatusJob, requestId, { requestId }, new Date(Date.now() + getEnv().STATUS_FIRST_POLL_DELAY_MS));
    });
  } catch (error) {
    // Stopped because another worker owns the job now: its outcome is that worker's to record.
    if (signal?.aborted) throw error;
    const message = error instanceof DigitizationError || error instanceof Error ? error.message : "Unknown error";
    const code = error instanceof DigitizationError ? error.kind : "unexpected";
    const retryable = !(error instanceof DigitizationError) || RETRYABLE.has(error.kind);
    if (retryable && !attempt.isLast) {
      await prisma.migrationRequest.update({ where: { id: requestId }, data: { submissionError: code } });
      throw error;
    }
    await fail(request, code, message);
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

/**
 * Submission failed for good: the request says so (an approver may retry it), and so does its job, for administrators.
 * The request stores a code (a DigitizationError kind, "stored_file_changed" or "unexpected") that View Details words
 * in the user's language; the job and the audit entry keep the English diagnostic for administrators.
 */
async function fail(request: { id: string; organizationId: string }, code: string, message: string): Promise<never> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await moveRequest(tx, "submissionFailed", request, { by: null, data: { submissionError: code }, details: { reason: message } });
    await notify(tx, { type: "submission.needs-attention", requestId: request.id, actorId: null });
  });
  throw new JobGaveUp(message);
}
