import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { submitRequest } from "./submit-request";

export const submitRequestJob = defineJob({
  name: "request.submit",
  payload: z.object({ requestId: z.uuid() }),
  maxAttempts: 6,
  // 5 s, 10 s, 20 s, 40 s, 80 s between attempts: rides out a short outage of the API.
  retryDelayMs: (attempt) => Math.min(5_000 * 2 ** (attempt - 1), 5 * 60_000),
  run: ({ requestId }, attempt) => submitRequest(requestId, attempt),
});
