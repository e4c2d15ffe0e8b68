import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { readTogether } from "@/lib/db/read-together";
import type { FailedJobDto, ListFailedJobsQuery, ListFailedJobsResponse } from "./failed-job-contracts";
import { JOB_SCHEMA, jobQueue } from "./job-queue";
import { jobs } from "./registry";

// A long message is cut: the page shows a line, not a dump.
const MAX_ERROR_CHARS = 500;

// Our handlers store { message }; pg-boss's own failures { value: { message } } (expiry, a lost
// heartbeat) or { value: "..." } (shutdown). Never the rest of the output: a stack, say.
const MESSAGE_OF_OUTPUT = `COALESCE(output->>'message', output#>>'{value,message}', CASE WHEN jsonb_typeof(output->'value') = 'string' THEN output->>'value' END)`;

type Row = { id: string; name: string; requestId: string | null; retryCount: number; error: string | null; failedAt: Date };

/**
 * The portal's jobs that failed for good, newest first. pg-boss lists jobs per queue and not by
 * state, so this reads its job table directly; read-only, and only the columns shown.
 */
export async function listFailedJobs(query: ListFailedJobsQuery): Promise<ListFailedJobsResponse> {
  await jobQueue(); // pg-boss creates its schema at start
  const prisma = await db();
  const names = jobs.map((job) => job.name);
  const table = `${JOB_SCHEMA}.job`;
  const [rows, [counted]] = await readTogether(prisma, [
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT id::text AS id, name, data->>'requestId' AS "requestId", retry_count AS "retryCount", ${MESSAGE_OF_OUTPUT} AS error, completed_on AS "failedAt"
         FROM ${table} WHERE state = 'failed' AND name = ANY($1::text[])
        ORDER BY completed_on DESC, id DESC LIMIT $2 OFFSET $3`,
      names, query.pageSize, (query.page - 1) * query.pageSize,
    ),
    prisma.$queryRawUnsafe<{ total: number }[]>(`SELECT count(*)::int AS total FROM ${table} WHERE state = 'failed' AND name = ANY($1::text[])`, names),
  ]);
  return { jobs: rows.map(toDto), total: counted?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

function toDto(row: Row): FailedJobDto {
  return {
    id: row.id,
    job: row.name,
    // Only a well-formed id becomes a link.
    requestId: z.uuid().safeParse(row.requestId).success ? row.requestId : null,
    // The attempt that failed for good was number retry_count + 1.
    attempts: row.retryCount + 1,
    error: row.error === null ? null : row.error.slice(0, MAX_ERROR_CHARS),
    failedAt: row.failedAt.toISOString(),
  };
}
