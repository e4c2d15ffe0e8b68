import { z } from "zod";

// The failed-jobs list's shapes, shared by its route handler and the administrators' page. Pure.

export const FAILED_JOB_PAGE_SIZES = [25, 50, 100] as const;

export const listFailedJobsQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().refine((n) => (FAILED_JOB_PAGE_SIZES as readonly number[]).includes(n), "must be 25, 50 or 100").default(25),
});
export type ListFailedJobsQuery = z.infer<typeof listFailedJobsQuery>;

/**
 * A job pg-boss gave up on. Administrators see no customer data, so nothing of the payload
 * but the request it concerns, and of the error its message only (jobs' messages name no person).
 */
export type FailedJobDto = {
  id: string;
  /** The job's name (`request.submit`); the page shows it in words. */
  job: string;
  /** Null for a job about no request (upkeep). */
  requestId: string | null;
  attempts: number;
  error: string | null;
  failedAt: string;
};

export type ListFailedJobsResponse = { jobs: FailedJobDto[]; total: number; page: number; pageSize: number };
