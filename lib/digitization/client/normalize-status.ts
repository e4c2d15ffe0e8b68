// Status values differ by dialect and casing (`in_progress` vs `PROCESSING`); both sides of
// the API are compared case-insensitively. An unrecognised value becomes "unknown" with the
// raw text kept, so a new server-side state shows up in the UI instead of breaking it.
import type { BatchStatus, RecordStatus } from "./model";

const BATCH_STATUSES: Readonly<Record<string, BatchStatus>> = {
  pending: "pending",
  in_progress: "in_progress",
  processing: "in_progress",
  completed: "completed",
  failed: "failed",
};

const RECORD_STATUSES: Readonly<Record<string, RecordStatus>> = {
  success: "success",
  failure: "failure",
};

function key(raw: string): string {
  // "IN-PROGRESS" and "in progress" are the same spelling mistake away from "in_progress".
  return raw.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function toBatchStatus(raw: unknown): { status: BatchStatus; rawStatus: string | null } {
  if (typeof raw !== "string" || raw.trim() === "") return { status: "unknown", rawStatus: null };
  return { status: BATCH_STATUSES[key(raw)] ?? "unknown", rawStatus: raw };
}

export function toRecordStatus(raw: unknown): RecordStatus {
  if (typeof raw !== "string") return "unknown";
  return RECORD_STATUSES[key(raw)] ?? "unknown";
}

/** Completed and failed are final: polling stops there. */
export function isTerminalStatus(status: BatchStatus): boolean {
  return status === "completed" || status === "failed";
}
