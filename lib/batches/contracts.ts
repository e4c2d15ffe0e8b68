import { z } from "zod";
import type { BatchStatus, BusinessError } from "@/lib/digitization/client/model";

// The batch proxy's request/response shapes, shared by the route handlers and the browser.
// Pure and side-effect free. Emirates IDs are masked unless a route says otherwise.

export type BatchStatusDto = {
  status: BatchStatus;
  totals: { total: number; processed: number; successful: number; failed: number };
  startedAt: string | null;
  completedAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** When the portal last read the batch's status from the API; null: not checked yet. */
  checkedAt: string | null;
  runErrors: { category: string; message: string | null }[];
};

export const RECORDS_PAGE_SIZES = [10, 25, 50, 100] as const;

// route() prefixes each message with the parameter's name ("Invalid query: limit must be …").
const whole = (max: number, fallback: number) =>
  z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(max, `must be at most ${max}`)
    .default(fallback);

export const recordsQuery = z.object({
  page: whole(10_000_000, 1),
  limit: whole(100, 10),
  status: z.enum(["success", "failure"], { message: "must be success or failure" }).optional(),
  customerId: z.string().trim().min(1, "must not be empty").max(200).optional(),
});
export type RecordsQuery = z.infer<typeof recordsQuery>;

export type RecordDto = {
  id: string | null;
  customerId: string | null;
  status: "success" | "failure" | "unknown";
  documentNumberMasked: string | null;
  nameOnDocument: string | null;
  dateOfBirth: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  onboardingDate: string | null;
  businessErrors: BusinessError[];
};

export type RecordsPageDto = { page: number; limit: number; totalCount: number; totalPages: number; records: RecordDto[] };

export const erroredQuery = z.object({ pageNo: whole(10_000_000, 1) });

/** The original CSV row of a failed record; `eid_number` masked. */
export type ErroredInputDto = {
  customer_id: string;
  eid_number: string;
  name_on_eid: string;
  dob: string;
  eid_issue_date: string;
  eid_expiry_date: string;
  onboarding_date: string;
  consent_version: string;
};

export type ErroredPageDto = { pageNo: number; hasNext: boolean; items: { businessErrors: BusinessError[]; input: ErroredInputDto }[] };

export type ErrorSummaryDto = {
  /** The batch status when counted: a summary of a running batch is out of date at once. */
  status: BatchStatus;
  totals: BatchStatusDto["totals"];
  checkedAt: BatchStatusDto["checkedAt"];
  /** Counted once, when the batch finished; empty while it runs. */
  byCode: { code: string; message: string | null; count: number }[];
  /** Failed records counted by code; less than totals.failed when the page cap was reached. */
  countedRecords: number;
  complete: boolean;
};

export const customerBody = z.object({
  customerId: z.string({ message: "is required" }).trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
});

/** Revealing a masked Emirates ID is a deliberate act: the approver says why, and it is audited. */
export const revealBody = customerBody.extend({
  reason: z.string({ message: "is required" }).trim().min(5, "give a reason of at least 5 characters").max(500, "must be at most 500 characters"),
});

/** Keys as the API sends them (`cardExpiryDate`, `steps.0.result`); the browser words them. */
export type ProfileField = { key: string; value: string | number | boolean | null };
export type ProfileSectionDto = { key: string; fields: ProfileField[] };

export type CustomerResultDto =
  | { kind: "profile"; customerId: string; digitisedOn: string | null; biometricCompleted: boolean | null; emiratesIdMasked: string | null; sections: ProfileSectionDto[] }
  | { kind: "record_failed"; customerId: string; message: string | null; businessErrors: BusinessError[] };

export type RevealDto = { customerId: string; emiratesIdNumber: string };
