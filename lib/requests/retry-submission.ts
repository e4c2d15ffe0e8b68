import "server-only";
import type { RequestContext } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { loadForDecision } from "./decide-request";
import { submitRequestJob } from "./jobs/submit-request-job";
import { moveRequest } from "./request-lifecycle";

/**
 * After "Submission failed": an approver sends it again (same request id, so never a second
 * batch). The earlier job has ended, so a new one is sent, in the same transaction as the change.
 */
export async function retrySubmission(ctx: RequestContext, id: string) {
  const request = await loadForDecision(ctx, id, "request.submission-retried");
  await (await db()).$transaction(async (tx) => {
    await moveRequest(tx, "submissionRetried", request, { by: ctx, data: { submissionError: null } });
    await enqueueJob(tx, submitRequestJob, id, { requestId: id });
  });
}
