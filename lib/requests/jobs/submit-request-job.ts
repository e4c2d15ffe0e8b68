import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { submitRequest } from "./submit-request";

export const submitRequestJob = defineJob({
  name: "request.submit",
  payload: z.object({ requestId: z.uuid() }),
  // About 5 s, 10 s, 20 s, 40 s, 80 s between attempts (pg-boss adds jitter): rides out a short outage of the API.
  retry: { limit: 5, delaySeconds: 5, backoff: true, maxDelaySeconds: 300 },
  // Streaming a 300 MB file to the API over a slow link; a dead worker is noticed sooner, by its heartbeat.
  expireInSeconds: 30 * 60,
  run: ({ requestId }, attempt) => submitRequest(requestId, attempt),
});
