// What the refresh job stores about a batch, and the DTOs View Details reads from it. Pure, so
// the mapping is unit-tested; the Json columns are parsed, never trusted as typed.
import { z } from "zod";
import type { BatchStatus } from "@/lib/digitization/client/model";
import { toBatchStatus } from "@/lib/digitization/client/normalize";
import type { BatchStatusDto, ErrorSummaryDto } from "./contracts";

/** MigrationRequest.batchErrorCodes: failures by code at completion. No record, no message. */
export const errorCodeHistogram = z.object({
  byCode: z.record(z.string(), z.number().int().nonnegative()),
  /** Failed records counted; less than the failed total when the page cap was reached. */
  countedRecords: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type ErrorCodeHistogram = z.infer<typeof errorCodeHistogram>;

export const storedRunErrors = z.array(z.object({ category: z.string(), message: z.string().nullable() }));

/** The MigrationRequest columns the status and summary read. */
export type StoredBatchProgress = {
  batchStatus: string | null;
  submittedAt: Date | null;
  batchTotalRecords: number | null;
  batchProcessedRecords: number | null;
  batchSuccessfulRecords: number | null;
  batchFailedRecords: number | null;
  batchRunErrors: unknown;
  batchStartedAt: Date | null;
  batchCompletedAt: Date | null;
  batchUpdatedAt: Date | null;
  batchCheckedAt: Date | null;
  batchErrorCodes: unknown;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The stored status string as the client model knows it ("pending" before the first check). */
export function storedStatus(p: Pick<StoredBatchProgress, "batchStatus">): BatchStatus {
  return p.batchStatus === null ? "pending" : toBatchStatus(p.batchStatus).status;
}

/** `checkedAt: null` is the "not checked yet" state: totals are zeros until the first check. */
export function toStoredBatchStatusDto(p: StoredBatchProgress): BatchStatusDto {
  const runErrors = storedRunErrors.safeParse(p.batchRunErrors ?? []);
  return {
    status: storedStatus(p),
    totals: {
      total: p.batchTotalRecords ?? 0,
      processed: p.batchProcessedRecords ?? 0,
      successful: p.batchSuccessfulRecords ?? 0,
      failed: p.batchFailedRecords ?? 0,
    },
    startedAt: iso(p.batchStartedAt),
    completedAt: iso(p.batchCompletedAt),
    createdAt: iso(p.submittedAt),
    updatedAt: iso(p.batchUpdatedAt ?? p.batchCheckedAt),
    checkedAt: iso(p.batchCheckedAt),
    runErrors: runErrors.success ? runErrors.data : [],
  };
}

/**
 * Failures by code as stored at completion. While the batch runs there is no histogram yet:
 * an empty, incomplete count (the chart says the batch is still running).
 */
export function toStoredErrorSummaryDto(p: StoredBatchProgress): ErrorSummaryDto {
  const { status, totals, checkedAt } = toStoredBatchStatusDto(p);
  const histogram = errorCodeHistogram.safeParse(p.batchErrorCodes);
  if (!histogram.success) return { status, totals, checkedAt, byCode: [], countedRecords: 0, complete: false };
  const byCode = Object.entries(histogram.data.byCode)
    .map(([code, count]) => ({ code, message: null, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { status, totals, checkedAt, byCode, countedRecords: histogram.data.countedRecords, complete: histogram.data.complete };
}
