import "server-only";
import { auditingRefusals } from "@/lib/admin/admin-context";
import { auditFields, writeAudit, type RequestContext } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { AppError, conflict } from "@/lib/http/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { approvalRulesOf } from "./approval-rules";
import { approvalsRequired, needsControlTotal } from "./can-decide";
import type { ApproveRequestBody } from "./contracts";
import { loadForDecision, refusalError, requestTarget } from "./decide-request";
import { notify } from "@/lib/notifications/notify";
import { submitRequestJob } from "./jobs/submit-request-job";
import { moveRequest, stateChanged } from "./request-lifecycle";

// Refusals of an approval that are recorded as DENIED (a request changed by someone else is not a refusal).
const AUDITED_REFUSALS = ["DIGEST_CHANGED", "POLICY_CHANGED", "CONTROL_TOTAL_REQUIRED", "CONTROL_TOTAL_MISMATCH", "REQUEST_EXPIRED", "ALREADY_APPROVED"];

/**
 * One approver's approval, bound to the SHA-256 they reviewed and checked against the
 * organization's policy in force (and the version their page showed). The approval that
 * completes the policy (the only one, or the second of two distinct approvers) moves the request
 * to APPROVED and writes the submission job in the same transaction: a crash can delay the
 * submission, never lose or duplicate it. An earlier one is recorded and audited, nothing more.
 */
export async function approveRequest(ctx: RequestContext, id: string, input: ApproveRequestBody) {
  const request = await loadForDecision(ctx, id, "request.approved");
  const prisma = await db();
  await auditingRefusals(ctx, requestTarget(request), "request.approved", AUDITED_REFUSALS, () =>
    prisma.$transaction(async (tx) => {
      // Approvals of one request one at a time: the approvals read below are all there are when this commits.
      await tx.$queryRaw`SELECT id FROM "MigrationRequest" WHERE id = ${id}::uuid FOR UPDATE`;
      const current = await tx.migrationRequest.findUniqueOrThrow({ where: { id }, include: { approvals: { select: { approverId: true } } } });
      const rules = await approvalRulesOf(tx, current.organizationId);
      if (current.status === "EXPIRED" || (current.status === "PENDING_APPROVAL" && current.approvalDueAt && current.approvalDueAt <= new Date())) {
        throw conflict("REQUEST_EXPIRED", "This request expired before it was decided. The uploader may upload the file again.");
      }
      if (current.status !== "PENDING_APPROVAL") throw stateChanged();
      if (current.sha256 !== input.sha256) throw conflict("DIGEST_CHANGED", "The file's SHA-256 differs from the one you reviewed. Reload and review it again.");
      if (input.policyVersion !== undefined && input.policyVersion !== rules.version) {
        throw conflict("POLICY_CHANGED", "The organization's approval policy changed since you opened this request. Reload to see what it asks now.");
      }
      // The same approver twice in parallel: both passed loadForDecision before either approval existed.
      if (current.approvals.some((a) => a.approverId === ctx.actor.id)) throw refusalError("ALREADY_APPROVED");
      if (needsControlTotal(rules, current.rowCount)) {
        if (input.controlTotal === undefined) throw new AppError(422, "CONTROL_TOTAL_REQUIRED", "Type the number of records in the file to approve it.");
        if (input.controlTotal !== current.rowCount) throw new AppError(422, "CONTROL_TOTAL_MISMATCH", "The number of records you typed differs from the file's. Nothing was approved.");
      }
      await tx.requestApproval.create({ data: { requestId: id, approverId: ctx.actor.id, sha256: input.sha256, policyVersion: rules.version } });
      const approvals = current.approvals.length + 1;
      const required = approvalsRequired(rules, current.rowCount);
      const details = { sha256: input.sha256, approvals, required, policyVersion: rules.version };
      if (approvals < required) {
        await writeAudit(tx, { ...auditFields(ctx, requestTarget(current)), action: "request.approval-recorded", outcome: "SUCCESS", details });
        return;
      }
      await moveRequest(tx, "approved", current, { by: ctx, data: { decidedById: ctx.actor.id, decidedAt: new Date(), approvedSha256: input.sha256 }, details });
      await enqueueJob(tx, submitRequestJob, id, { requestId: id });
      await notify(tx, { type: "request.approved", requestId: id, actorId: ctx.actor.id });
    }),
  );
}
