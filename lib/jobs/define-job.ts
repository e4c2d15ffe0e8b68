import type { z } from "zod";

/** A background job is declared like an endpoint: a name, a zod payload and an idempotent handler. */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  /**
   * Must be safe to run again after a crash: it may have run partly before. Returning a number
   * of milliseconds runs the job again after that delay (polling, periodic upkeep).
   */
  run(payload: z.infer<S>, attempt: JobAttempt): Promise<void | number>;
  maxAttempts?: number;
  /** Backoff before the given retry (1-based); capped exponential by default. */
  retryDelayMs?(attempt: number): number;
};

export type JobAttempt = {
  number: number;
  isLast: boolean;
  /**
   * Aborts when this worker lost the job's lease (another worker runs it now). Hand it to
   * outbound calls and check it before writing results: the runner will not record this
   * attempt's outcome anyway.
   */
  signal: AbortSignal;
};

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
