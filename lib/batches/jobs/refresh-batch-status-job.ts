import "server-only";
import { z } from "zod";
import { resolveApiAccess } from "@/lib/api-keys/resolve-api-access";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { getBatchStatus, isTerminalStatus } from "@/lib/digitization/client";
import { defineJob } from "@/lib/jobs/define-job";
import { recordBatchStatus } from "../record-batch-status";

// How long the portal keeps asking after submission before it leaves the batch to View Details.
const GIVE_UP_AFTER_MS = 24 * 3_600_000;

/**
 * Keeps each submitted request's batch status current without anyone watching, polling as the
 * platform advises (first check after a delay, then at an interval, stop at completed/failed).
 */
export const refreshBatchStatusJob = defineJob({
  name: "batch.refresh-status",
  payload: z.object({ requestId: z.uuid() }),
  async run({ requestId }) {
    const env = getEnv();
    const request = await (await db()).migrationRequest.findUnique({ where: { id: requestId } });
    if (!request?.batchId || !request.submittedAt) return;
    const summary = await getBatchStatus({ ...(await resolveApiAccess(request.organizationId)), batchId: request.batchId });
    await recordBatchStatus(request, summary.status);
    if (isTerminalStatus(summary.status)) return;
    if (Date.now() - request.submittedAt.getTime() > GIVE_UP_AFTER_MS) return;
    return env.STATUS_POLL_INTERVAL_MS;
  },
});
