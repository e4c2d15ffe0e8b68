import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { isTerminalStatus } from "@/lib/digitization/client/normalize";
import type { BatchStatus, BatchSummary } from "@/lib/digitization/client/model";
import { batchEnded } from "@/lib/notifications/events";
import { notify } from "@/lib/notifications/notify";
import { storeLineageOutcome } from "@/lib/requests/read-lineage";
import type { ErrorCodeHistogram } from "./stored-progress";

const TERMINAL: BatchStatus[] = ["completed", "failed"];

/** The row as the refresh job read it before calling the API. */
export type ProgressBefore = { id: string; batchCheckedAt: Date | null; batchStartedAt: Date | null; batchCompletedAt: Date | null };

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

/** Past pending (in progress, or already finished): the batch has started. */
const hasStarted = (status: BatchStatus) => status === "in_progress" || isTerminalStatus(status);

/**
 * Stores one status check: status, totals, times and (at completed/failed) failures by code.
 * A compare-and-swap on `batchCheckedAt`: the write lands only if nobody stored a check since
 * this job read the row, and never on a finished batch. So a stale job (lease lost, slow
 * answer) cannot move a batch backwards, and "first seen" times stay the first.
 * Returns whether the check was stored.
 */
export async function recordBatchProgress(before: ProgressBefore, summary: BatchSummary, errorCodes: ErrorCodeHistogram | null, checkedAt: Date): Promise<boolean> {
  const { status } = summary;
  // The API's own times when it sends them (the guide dialect does not); else when the portal
  // first saw the batch started and finished.
  const startedAt = date(summary.startedAt) ?? before.batchStartedAt ?? (hasStarted(status) ? checkedAt : null);
  const completedAt = date(summary.completedAt) ?? before.batchCompletedAt ?? (isTerminalStatus(status) ? checkedAt : null);
  const data: Prisma.MigrationRequestUpdateManyMutationInput = {
    batchStatus: status,
    batchTotalRecords: summary.totalRecords,
    batchProcessedRecords: summary.processedRecords,
    batchSuccessfulRecords: summary.successfulRecords,
    batchFailedRecords: summary.failedRecords,
    batchRunErrors: summary.runErrors.map(({ category, message }) => ({ category, message })),
    batchStartedAt: startedAt,
    batchCompletedAt: completedAt,
    batchUpdatedAt: date(summary.updatedAt),
    batchCheckedAt: checkedAt,
    ...(errorCodes ? { batchErrorCodes: errorCodes } : {}),
  };
  const prisma = await db();
  // One transaction, so a batch's end, its notification and its lineage's count of customers
  // still failing are stored together or not at all.
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.migrationRequest.updateMany({
      where: {
        id: before.id,
        batchCheckedAt: before.batchCheckedAt,
        // Before the first check the status is the submission's answer; after it, final stays final.
        OR: [{ batchCheckedAt: null }, { batchStatus: { notIn: TERMINAL } }],
      },
      data,
    });
    if (count === 1 && isTerminalStatus(status)) {
      await notify(tx, batchEnded(before.id, summary));
      await storeLineageOutcome(tx, before.id);
    }
    return count === 1;
  });
}
