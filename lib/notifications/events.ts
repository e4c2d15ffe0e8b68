import { z } from "zod";

// What can notify someone, and the values a notification keeps. Pure module, shared by the
// server (which stores them) and the browser (which words them): wording lives only in the
// catalogues (`notifications` namespace), so a stored notification reads in whatever language
// its reader uses when they look at it. Values are the bank's own facts (file name, counts, a
// rejection's reason) and never a customer's personal data.

/** The event passed to notify(): who acted (null for the portal's own jobs) and on which request. */
export type NotificationEvent =
  | { type: "request.awaiting-approval"; requestId: string; actorId: string }
  | { type: "request.approved"; requestId: string; actorId: string }
  | { type: "request.rejected"; requestId: string; actorId: string; reason: string }
  | { type: "request.expired"; requestId: string; actorId: null }
  | { type: "batch.completed"; requestId: string; actorId: null; counts: BatchCounts }
  | { type: "batch.failed"; requestId: string; actorId: null }
  | { type: "submission.needs-attention"; requestId: string; actorId: null };

export type NotificationKind = NotificationEvent["type"];
export type BatchCounts = { total: number; successful: number; failed: number };

export const NOTIFICATION_KINDS = [
  "request.awaiting-approval",
  "request.approved",
  "request.rejected",
  "request.expired",
  "batch.completed",
  "batch.failed",
  "submission.needs-attention",
] as const satisfies readonly NotificationKind[];

/** The catalogue key of each kind (`notifications.kinds.<key>.title` / `.body`). */
export const KIND_MESSAGE_KEYS = {
  "request.awaiting-approval": "awaitingApproval",
  "request.approved": "approved",
  "request.rejected": "rejected",
  "request.expired": "expired",
  "batch.completed": "batchCompleted",
  "batch.failed": "batchFailed",
  "submission.needs-attention": "needsAttention",
} as const satisfies Record<NotificationKind, string>;

/**
 * The stored values. `fileName` is absent for platform administrators, who see counts and
 * request ids only.
 */
export const notificationValues = z.object({
  fileName: z.string().optional(),
  rows: z.number().int().optional(),
  reason: z.string().optional(),
  total: z.number().int().optional(),
  successful: z.number().int().optional(),
  failed: z.number().int().optional(),
});
export type NotificationValues = z.infer<typeof notificationValues>;

/** The message arguments of a kind's title and body: every value the messages may name, zero when absent. */
export function messageArguments(values: NotificationValues) {
  return { rows: values.rows ?? 0, total: values.total ?? 0, successful: values.successful ?? 0, failed: values.failed ?? 0 };
}

/** The event of a batch the API reports finished: completed with its counts, or failed. */
export function batchEnded(requestId: string, batch: { status: string } & ApiBatchCounts): NotificationEvent {
  if (batch.status !== "completed") return { type: "batch.failed", requestId, actorId: null };
  return { type: "batch.completed", requestId, actorId: null, counts: { total: batch.totalRecords, successful: batch.successfulRecords, failed: batch.failedRecords } };
}
type ApiBatchCounts = { totalRecords: number; successfulRecords: number; failedRecords: number };
