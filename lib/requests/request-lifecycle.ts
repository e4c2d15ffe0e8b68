import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome, RequestStatus } from "@/lib/generated/prisma/enums";
import { auditFields, writeAudit, type RequestContext } from "@/lib/audit/write-audit";
import { conflict } from "@/lib/http/errors";

type Transition = { from: readonly RequestStatus[]; to: RequestStatus; action: string; outcome: AuditOutcome };

/**
 * Every way a request's status may change (design/ARCHITECTURE.md, "A request's life"), for
 * routes and jobs alike. A file the server refused and an upload abandoned midway both end in
 * UPLOAD_FAILED: the row stays, so the uploader sees in the list what became of the file and the
 * audit log's entries point at a request that exists; the bytes are discarded either way, and
 * the same file may be uploaded again (UPLOAD_FAILED is outside the active-file rule).
 */
export const TRANSITIONS = {
  uploaded: { from: ["UPLOADING"], to: "PENDING_APPROVAL", action: "request.uploaded", outcome: "SUCCESS" },
  uploadRefused: { from: ["UPLOADING"], to: "UPLOAD_FAILED", action: "request.upload-rejected", outcome: "DENIED" },
  uploadAbandoned: { from: ["UPLOADING"], to: "UPLOAD_FAILED", action: "request.upload-abandoned", outcome: "FAILURE" },
  approved: { from: ["PENDING_APPROVAL"], to: "APPROVED", action: "request.approved", outcome: "SUCCESS" },
  rejected: { from: ["PENDING_APPROVAL"], to: "REJECTED", action: "request.rejected", outcome: "SUCCESS" },
  expired: { from: ["PENDING_APPROVAL"], to: "EXPIRED", action: "request.expired", outcome: "SUCCESS" },
  // Each attempt of the submission job passes through here again (a retry after a crash).
  submitting: { from: ["APPROVED", "SUBMITTING"], to: "SUBMITTING", action: "request.submitting", outcome: "SUCCESS" },
  submitted: { from: ["SUBMITTING"], to: "SUBMITTED", action: "request.submitted", outcome: "SUCCESS" },
  submissionFailed: { from: ["APPROVED", "SUBMITTING"], to: "SUBMISSION_FAILED", action: "request.submission-failed", outcome: "FAILURE" },
  submissionRetried: { from: ["SUBMISSION_FAILED"], to: "APPROVED", action: "request.submission-retried", outcome: "SUCCESS" },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

export const stateChanged = () => conflict("STATE_CHANGED", "This request was changed by someone else in the meantime. Reload to see its current state.");

/**
 * One transition inside the caller's transaction: a conditional update (only from the states the
 * table allows) and its audit entry. `by` is the person acting, or null for the portal's own jobs.
 * Throws STATE_CHANGED (409) when the request is no longer in a state the transition starts from.
 */
export async function moveRequest(
  tx: Prisma.TransactionClient,
  name: TransitionName,
  request: { id: string; organizationId: string },
  change: { by: RequestContext | null; data?: Omit<Prisma.MigrationRequestUncheckedUpdateManyInput, "status">; details?: Prisma.InputJsonObject },
): Promise<void> {
  const transition: Transition = TRANSITIONS[name];
  const moved = await tx.migrationRequest.updateMany({
    where: { id: request.id, status: { in: [...transition.from] } },
    data: { ...change.data, status: transition.to },
  });
  if (moved.count !== 1) throw stateChanged();
  const target = { type: "request", id: request.id, organizationId: request.organizationId };
  await writeAudit(tx, {
    ...(change.by ? auditFields(change.by, target) : { organizationId: target.organizationId, targetType: target.type, targetId: target.id }),
    action: transition.action,
    outcome: transition.outcome,
    ...(change.details ? { details: change.details } : {}),
  });
}
