import type { RequestRow } from "@/lib/requests/contracts";
import { isTerminalStatus, toBatchStatus } from "@/lib/digitization/client/normalize";

/**
 * True while some row on screen can still change without anyone clicking: an upload being
 * verified, an approved file waiting for or in submission, or a batch the API is processing.
 * Pending approval and rejected rows wait for a person, so they do not keep the poll alive.
 */
export function needsPolling(rows: readonly Pick<RequestRow, "status" | "batchStatus">[] | undefined): boolean {
  return (rows ?? []).some((row) => {
    if (row.status === "UPLOADING" || row.status === "APPROVED" || row.status === "SUBMITTING") return true;
    if (row.status !== "SUBMITTED") return false;
    return row.batchStatus === null || !isTerminalStatus(toBatchStatus(row.batchStatus).status);
  });
}
