import type { z } from "zod";

/**
 * A background job is declared like an endpoint: a name, a zod payload, an idempotent handler,
 * and how pg-boss retries and expires it (lib/jobs/job-queue.ts turns this into its queue).
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  /**
   * Must be safe to run again after a crash: it may have run partly before. Returning a number
   * of milliseconds sends a follow-up job for the same key, due after that delay (polling).
   */
  run(payload: z.infer<S>, attempt: JobAttempt): Promise<void | number>;
  retry: {
    /** Retries after the first attempt; the job is failed (and shown to administrators) after the last. */
    limit: number;
    /** Before the first retry; doubled (with jitter) for each further one when `backoff`. */
    delaySeconds: number;
    backoff: boolean;
    maxDelaySeconds?: number;
  };
  /** An attempt still running after this long is failed (and retried): sized to the job's longest honest run. */
  expireInSeconds: number;
};

export type JobAttempt = {
  /** 1 for the first attempt. */
  number: number;
  isLast: boolean;
  /**
   * Aborts when this worker no longer holds the job (its heartbeat found another worker running
   * it, the attempt expired, or the process is shutting down). Hand it to outbound calls and
   * check it before writing results: pg-boss will not record this attempt's outcome anyway.
   */
  signal: AbortSignal;
};

/**
 * Thrown by a job whose outcome is final, where another attempt could not change it (the file no
 * longer matches its approval, the API refused the batch): the job fails at once, without the
 * retries left, and administrators see it among the failed jobs with this message. The message
 * is shown as it is: no personal data in it.
 */
export class JobGaveUp extends Error {
  override name = "JobGaveUp";
}

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
