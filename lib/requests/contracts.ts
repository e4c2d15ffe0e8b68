import { z } from "zod";

// The requests API's request/response shapes, shared by the route handlers and the browser.
// Pure and side-effect free.

export const REQUEST_STATUSES = [
  "UPLOADING", "UPLOAD_FAILED", "PENDING_APPROVAL", "REJECTED", "APPROVED", "SUBMITTING", "SUBMITTED", "SUBMISSION_FAILED", "EXPIRED",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type FileStatus = "Pending" | "Uploaded" | "Failed";
export type ApprovalStatus = "Pending Approval" | "Approved" | "Rejected" | "Expired";
export type RequestAction = "view" | "approve" | "reject" | "retry-submission" | "resubmit";

export const listRequestsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n), "must be 10, 25, 50 or 100").default(10),
  sort: z.enum(["createdAt", "updatedAt", "fileName", "rowCount"]).default("createdAt"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  fileStatus: z.enum(["Pending", "Uploaded", "Failed"]).optional(),
  approvalStatus: z.enum(["Pending Approval", "Approved", "Rejected", "Expired"]).optional(),
  /** "me": the approver's queue, requests this user may approve now, oldest first (sort and dir are then ignored). */
  awaiting: z.enum(["me"]).optional(),
  /** "1": originals whose customers are not all digitized yet across their corrections (lineageStillFailing > 0). */
  failing: z.enum(["1"]).optional(),
  /** File name, Batch ID or uploader email; case-insensitive contains. */
  q: z.string().trim().max(100).optional(),
  /** Admins only; ignored for everyone else (their own organization always wins). */
  organizationId: z.uuid().optional(),
});
export type ListRequestsQuery = z.infer<typeof listRequestsQuery>;

export type RequestRow = {
  id: string;
  organizationId: string;
  organizationName: string;
  batchId: string | null;
  fileName: string;
  rowCount: number;
  status: RequestStatus;
  fileStatus: FileStatus;
  /** Null while the file is still uploading or failed to upload. */
  approvalStatus: ApprovalStatus | null;
  batchStatus: string | null;
  /** The batch's counts as the refresh job last stored them; null before its first check. */
  batchTotals: { total: number; processed: number; failed: number } | null;
  createdBy: { name: string; email: string };
  createdAt: string;
  updatedAt: string;
  /** What the signed-in user may do with this request (the server enforces it again). */
  actions: RequestAction[];
};

export type ListRequestsResponse = { rows: RequestRow[]; total: number; page: number; pageSize: number };

export type ValidationSummary = {
  rows: number;
  validRows: number;
  errorCount: number;
  warningCount: number;
  counts: Record<string, number>;
};

export type RequestDetail = RequestRow & {
  sha256: string;
  fileSize: number;
  validation: ValidationSummary | null;
  decidedBy: { name: string; email: string } | null;
  decidedAt: string | null;
  rejectionReason: string | null;
  submittedAt: string | null;
  submissionError: string | null;
  submissionAttempts: number;
  resubmissionOf: { id: string; fileName: string } | null;
  resubmissions: { id: string; fileName: string; status: RequestStatus }[];
  /** How the file was corrected before upload (#15); null for a file uploaded as it was. */
  correction: CorrectionDto | null;
  /** What approving takes under the organization's policy, and who has approved so far. */
  approval: {
    policyVersion: number;
    required: 1 | 2;
    approvals: { name: string; email: string; at: string }[];
    controlTotalRequired: boolean;
    /** When an undecided request expires; null: never. */
    dueAt: string | null;
  };
};

/** The sidebar's "Awaiting my approval" count. */
export type AwaitingCountResponse = { count: number };

// Characters that change how a name is read without being seen: C0 and C1 controls and DEL
// (line breaks included), the Unicode line and paragraph separators, and the bidi controls
// that can make "invoice\u202Evsc.exe" display as "invoiceexe.csv". Lone surrogates are not
// text at all (PostgreSQL cannot store them).
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]|\p{Cs}/u;

/**
 * A file name as a person chose it, in one canonical form (NFC, so the same name typed on two
 * systems is the same string). "<" and ">" are refused too: React escapes them, but the name
 * also reaches audit exports, logs and e-mails, and Windows, where bank files are made,
 * forbids both in file names, so no genuine file carries them.
 */
export const fileNameSchema = z.string()
  .normalize("NFC")
  // Before trimming, which would otherwise quietly drop a trailing line break.
  .refine((name) => !INVISIBLE_CONTROLS.test(name), "must not contain control characters, line breaks or text-direction marks")
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[<>]/.test(name), "must not contain < or >");

/** Far more distinct codes than the API publishes; the server checks each against the parent's batch. */
const MAX_PARENT_CODES = 200;

/**
 * How a file was corrected in the browser before upload (#15). Counts and codes only, never a
 * cell's value: this reaches the server, the audit trail and administrators' counts.
 */
export const correctionBody = z.object({
  /** "grid": edited in the correction grid; "errored-download": the errored-rows download taken back, its error columns dropped. */
  source: z.enum(["grid", "errored-download"]),
  cellsChanged: z.number().int().nonnegative(),
  rowsExcluded: z.number().int().nonnegative(),
  /**
   * Linked corrections only: the original's business error codes of the rows this file carries
   * (a row with two codes counts under both, as in the batch's own histogram). The lineage
   * subtracts them once this correction completes.
   */
  parentCodes: z
    .record(z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/), z.number().int().positive())
    .refine((codes) => Object.keys(codes).length <= MAX_PARENT_CODES, `at most ${MAX_PARENT_CODES} codes`)
    .optional(),
});
export type CorrectionBody = z.infer<typeof correctionBody>;

/** A request's correction as View Details shows it (RequestDetail.correction). */
export type CorrectionDto = Pick<CorrectionBody, "source" | "cellsChanged" | "rowsExcluded">;

/** One request of a lineage: the original (position 0) or a correction (1, 2, … in the order they were made). */
export type LineageStep = {
  id: string;
  position: number;
  /** The request this one corrects; null for the original. */
  correctsId: string | null;
  fileName: string;
  status: RequestStatus;
  batchStatus: string | null;
  rowCount: number;
  /** The batch's stored counts; null before its first check. */
  successful: number | null;
  failed: number | null;
  correction: CorrectionDto | null;
  createdAt: string;
};

/**
 * The customers of the original file across its corrections (lib/requests/lineage-outcome.ts).
 * Counts and codes only. Null until the original's batch has completed.
 */
export type LineageOutcome = {
  customers: number;
  digitized: number;
  stillFailing: number;
  /** Still failing by business error code (a customer with two codes counts under both). */
  byCode: { code: string; count: number }[];
  /** A histogram was capped, or a correction did not say which codes it carried: the split is an estimate. */
  approximate: boolean;
  completedCorrections: number;
  /** Rows of corrections still on their way (approval, submission, processing); counted in stillFailing until they complete. */
  inCorrection: number;
};

export type LineageDto = { rootId: string; steps: LineageStep[]; outcome: LineageOutcome | null };

/** Step 1 of an upload: declare the file; the server answers with the request id to upload to. */
export const createRequestBody = z.object({
  fileName: fileNameSchema,
  fileSize: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a lower-case hex SHA-256"),
  resubmissionOfId: z.uuid().optional(),
  correction: correctionBody.optional(),
});
export type CreateRequestBody = z.infer<typeof createRequestBody>;
export type CreateRequestResponse = { id: string; uploadUrl: string };

/** Same-digest requests of the organization that are pending or processed (flagged before upload). */
export type DuplicateCheckResponse = { duplicates: { id: string; fileName: string; status: RequestStatus; createdAt: string }[] };

export const rejectRequestBody = z.object({ reason: z.string().trim().min(5, "give a reason of at least 5 characters").max(1000) });
export const approveRequestBody = z.object({
  /** The digest the approver saw; the approval is bound to it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The approval policy version the approver's page showed (RequestDetail.approval.policyVersion); refused when stale. */
  policyVersion: z.number().int().min(0).optional(),
  /** The number of records the approver typed, when the policy asks for a control total. */
  controlTotal: z.number().int().min(0).optional(),
});
export type ApproveRequestBody = z.infer<typeof approveRequestBody>;

export const requestIdParams = z.object({ requestId: z.uuid() });
