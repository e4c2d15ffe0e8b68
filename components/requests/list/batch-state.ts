import { toBatchStatus } from "@/lib/digitization/client/normalize";
import type { RequestRow } from "@/lib/requests/contracts";

/** What the list's Batch Status column says about a request's batch. */
export type BatchState =
  | { kind: "none" }
  | { kind: "queued" }
  | { kind: "processing"; percent: number }
  | { kind: "completed" }
  | { kind: "completedWithFailures"; failed: number }
  | { kind: "failed" }
  | { kind: "unknown" };

/**
 * From the status and counts the refresh job stored. The percentage rounds down, so a running
 * batch never reads 100 %; a batch submitted but not yet checked is queued.
 */
export function batchStateOf(row: Pick<RequestRow, "batchId" | "batchStatus" | "batchTotals">): BatchState {
  if (!row.batchId) return { kind: "none" };
  const status = row.batchStatus === null ? "pending" : toBatchStatus(row.batchStatus).status;
  const totals = row.batchTotals;
  switch (status) {
    case "pending":
      return { kind: "queued" };
    case "in_progress": {
      const percent = totals && totals.total > 0 ? Math.min(99, Math.floor((totals.processed / totals.total) * 100)) : 0;
      return { kind: "processing", percent };
    }
    case "completed":
      return totals && totals.failed > 0 ? { kind: "completedWithFailures", failed: totals.failed } : { kind: "completed" };
    case "failed":
      return { kind: "failed" };
    default:
      return { kind: "unknown" };
  }
}
