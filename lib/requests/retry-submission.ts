import "server-only";
import { loadForDecision, transition, type DecisionContext } from "./decide-request";
import { submitRequestJob } from "./jobs/submit-request-job";

/** After "Submission failed": an approver sends it again (same request id, so never a second batch). */
export async function retrySubmission(ctx: DecisionContext, id: string) {
  await loadForDecision(ctx, id, "request.submission-retried");
  await transition(
    ctx,
    id,
    { from: "SUBMISSION_FAILED", data: { status: "APPROVED", submissionError: null }, action: "request.submission-retried" },
    async (tx) => {
      await tx.job.update({
        where: { name_key: { name: submitRequestJob.name, key: id } },
        data: { status: "QUEUED", attempts: 0, runAt: new Date(), lastError: null, lockedBy: null, lockedUntil: null },
      });
    },
  );
}
