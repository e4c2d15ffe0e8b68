import "server-only";
import { z } from "zod";
import { resolveApiAccess } from "@/lib/api-keys/resolve-api-access";
import { getEnv } from "@/lib/config/env";
import { STATUS_JOB_GIVE_UP_MS } from "@/lib/config/polling";
import { db } from "@/lib/db/client";
import { getBatchStatus, isTerminalStatus, toBatchStatus } from "@/lib/digitization/client";
import { defineJob } from "@/lib/jobs/define-job";
import { countBatchErrors } from "../count-batch-errors";
import { recordBatchProgress } from "../record-batch-progress";

// A failed check is retried with backoff up to five minutes apart: 288 of those cover the day
// the job keeps polling, so an API outage does not leave a batch unchecked for good.
const RETRIES = 287;

/**
 * The portal's only caller of the batch status endpoint (issue #12): polls each submitted
 * request's batch (first check STATUS_FIRST_POLL_DELAY_MS after submission, then every
 * STATUS_POLL_INTERVAL_MS, stop at completed/failed) and stores status, totals, times and, at
 * the end, failures by code. View Details reads what is stored, however many people watch.
 */
export const refreshBatchStatusJob = defineJob({
  name: "batch.refresh-status",
  payload: z.object({ requestId: z.uuid() }),
  retry: { limit: RETRIES, delaySeconds: 30, backoff: true, maxDelaySeconds: 300 },
  // One status call, and at completion the pages of failed records counted by error code.
  expireInSeconds: 10 * 60,
  async run({ requestId }, { signal }) {
    const env = getEnv();
    const request = await (await db()).migrationRequest.findUnique({ where: { id: requestId } });
    if (!request?.batchId || !request.submittedAt) return;
    // Already stored as finished (a re-run after a crash): nothing can change any more.
    if (request.batchCheckedAt && request.batchStatus && isTerminalStatus(toBatchStatus(request.batchStatus).status)) return;

    const api = { ...(await resolveApiAccess(request.organizationId)), batchId: request.batchId };
    const summary = await getBatchStatus(api, { signal });
    const finished = isTerminalStatus(summary.status);
    const errorCodes = finished ? await countBatchErrors(api, summary.failedRecords, { signal }) : null;
    // Another worker holds the job now: it checks again and stores its own, newer answer.
    signal.throwIfAborted();
    await recordBatchProgress(request, summary, errorCodes, new Date());

    if (finished) return;
    if (Date.now() - request.submittedAt.getTime() > STATUS_JOB_GIVE_UP_MS) return;
    return env.STATUS_POLL_INTERVAL_MS;
  },
});
