import type { ApprovalStatus, FileStatus, RequestStatus } from "./contracts";

// A file that failed or was rejected may be sent again; one pending or processed may not. A file
// still uploading does not count yet (it may be abandoned): completeUpload checks again at the
// end (find-duplicates.ts), and the database's partial unique index over these same states (MigrationRequest_active_file_key,
// kept equal by a test) settles parallel completions. SUBMISSION_FAILED stays active: an approver
// may retry it, and the retry must not collide with a second copy uploaded meanwhile.
export const ACTIVE_FILE_STATUSES: readonly RequestStatus[] = ["PENDING_APPROVAL", "APPROVED", "SUBMITTING", "SUBMITTED", "SUBMISSION_FAILED"];

// The table's File Status and Approval Status columns, derived from the one request state.
export function fileStatusOf(status: RequestStatus): FileStatus {
  if (status === "UPLOADING") return "Pending";
  if (status === "UPLOAD_FAILED") return "Failed";
  return "Uploaded";
}

export function approvalStatusOf(status: RequestStatus): ApprovalStatus | null {
  if (status === "UPLOADING" || status === "UPLOAD_FAILED") return null;
  if (status === "PENDING_APPROVAL") return "Pending Approval";
  if (status === "REJECTED") return "Rejected";
  if (status === "EXPIRED") return "Expired";
  return "Approved";
}

/** Statuses behind each filter value, so filters run in the database. */
export const FILE_STATUS_FILTER: Record<FileStatus, RequestStatus[]> = {
  Pending: ["UPLOADING"],
  Failed: ["UPLOAD_FAILED"],
  Uploaded: ["PENDING_APPROVAL", "REJECTED", "APPROVED", "SUBMITTING", "SUBMITTED", "SUBMISSION_FAILED", "EXPIRED"],
};

export const APPROVAL_STATUS_FILTER: Record<ApprovalStatus, RequestStatus[]> = {
  "Pending Approval": ["PENDING_APPROVAL"],
  Rejected: ["REJECTED"],
  Expired: ["EXPIRED"],
  Approved: ["APPROVED", "SUBMITTING", "SUBMITTED", "SUBMISSION_FAILED"],
};
