import "server-only";
import { recordAudit } from "@/lib/audit/write-audit";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { conflict } from "@/lib/http/errors";
import { notify } from "@/lib/notifications/notify";
import { auditOf, loadForDecision, transition, type DecisionContext } from "./decide-request";
import { submitRequestJob } from "./jobs/submit-request-job";

/**
 * Approves a request bound to the SHA-256 the approver saw. The submission job is written in
 * the same transaction: a crash can delay the submission, never lose or duplicate it.
 */
export async function approveRequest(ctx: DecisionContext, id: string, sha256: string) {
  const request = await loadForDecision(ctx, id, "request.approved");
  if (request.sha256 !== sha256) {
    await recordAudit({ ...auditOf(ctx, id), action: "request.approved", outcome: "DENIED", details: { reason: "digest differs" } });
    throw conflict("DIGEST_CHANGED", "The file's SHA-256 differs from the one you reviewed. Reload and review it again.");
  }
  await transition(
    ctx,
    id,
    { from: "PENDING_APPROVAL", data: { status: "APPROVED", decidedById: ctx.actor.id, decidedAt: new Date(), approvedSha256: sha256 }, action: "request.approved", details: { sha256 } },
    async (tx) => {
      await enqueueJob(tx, submitRequestJob, id, { requestId: id });
      await notify(tx, { type: "request.approved", requestId: id, actorId: ctx.actor.id });
    },
  );
}
