// Submit and status answers in both published dialects (shared/spec/digitization-api.md).
import { TEMPLATE_COLUMNS } from "../csv/template";
import type { SandboxBatch } from "../generated/prisma/client";
import { runErrorEntry, type RunError } from "../upload/run-error";

export type Dialect = "guide" | "reference";

const GUIDE_STATUS = { pending: "PENDING", in_progress: "PROCESSING", completed: "COMPLETED", failed: "FAILED" } as const;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Run-level errors reach the client only once the batch has failed, as on the real service. */
function summaryErrors(b: SandboxBatch) {
  return b.status === "failed" && b.runError ? [runErrorEntry(b.runError as RunError)] : [];
}

export function submitBody(b: SandboxBatch, dialect: Dialect, created: boolean) {
  if (dialect === "reference") {
    return { batchId: b.id, status: b.status, totalRecords: b.totalRecords, contentSha256: b.contentSha256, createdAt: iso(b.createdAt) };
  }
  return {
    data: {
      batch_id: b.id,
      status: GUIDE_STATUS[b.status],
      total_records: b.totalRecords,
      csv_template_type: "EID",
      content_sha256: b.contentSha256,
      created_at: iso(b.createdAt),
    },
    message: created ? "Batch submitted successfully" : "Batch already submitted with this Idempotency-Key",
    success: true,
  };
}

export function statusBody(b: SandboxBatch, dialect: Dialect) {
  if (dialect === "reference") {
    return {
      batchId: b.id,
      status: b.status,
      totalRecords: b.totalRecords,
      processedRecords: b.processedRecords,
      failedRecords: b.failedRecords,
      createdAt: iso(b.createdAt),
      updatedAt: iso(b.updatedAt),
      startedAt: iso(b.startedAt),
      completedAt: iso(b.completedAt),
      summary: { successfulRecords: b.successfulRecords, errors: summaryErrors(b) },
    };
  }
  return {
    data: {
      status: GUIDE_STATUS[b.status],
      total_records: b.totalRecords,
      processed_records: b.processedRecords,
      errored_records: b.failedRecords,
      csv_template_type: "EID",
      csv_header: [...TEMPLATE_COLUMNS],
      created_at: iso(b.createdAt),
      updated_at: iso(b.updatedAt),
      // Sandbox extension (docs/sandbox.md): the guide's published shape has no run errors.
      summary: { successful_records: b.successfulRecords, errors: summaryErrors(b) },
    },
    message: "Batch status fetched successfully",
    success: true,
  };
}
