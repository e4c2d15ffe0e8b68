import "server-only";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { loadForDecision, transition, type DecisionContext } from "./decide-request";
import { submitRequestJob } from "./jobs/submit-request-job";

/**
 * After "Submission failed": an approver sends it again (same request id, so never a second
 * batch). The earlier job has ended, so a new one is sent, in the same transaction as the change.
 */
export async function retrySubmission(ctx: DecisionContext, id: string) {
  await loadForDecision(ctx, id, "request.submission-retried");
  await transition(
    ctx,
    id,
    { from: "SUBMISSION_FAILED", data: { status: "APPROVED", submissionError: null }, action: "request.submission-retried" },
    (tx) => enqueueJob(tx, submitRequestJob, id, { requestId: id }),
  );
}
