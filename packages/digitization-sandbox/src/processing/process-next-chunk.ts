import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ResidentRegistry } from "../registry/resident-registry";
import { evaluateRecord, type Outcome } from "./evaluate-record";
import { storedRowColumns, type StoredRow } from "./stored-row";

export type ChunkOptions = {
  maxRecords: number;
  /** A batch waits this long after its upload before processing starts. */
  startDelayMs: number;
  registry: ResidentRegistry;
  /** The processing day in the UAE, YYYY-MM-DD (EXPIRED_EID is judged against it). */
  today: string;
};

export type ChunkResult = { batchId: string; processed: number; status: "in_progress" | "completed" | "failed" };

type ClaimedBatch = { id: string; processed_records: number; successful_records: number; failed_records: number; run_error: unknown };

// The claimed batch row stays locked until the chunk commits: that lock is the lease. Another
// instance skips the batch meanwhile; if this process dies, the lock goes with its connection.
// Oldest progress first, so several batches advance in turn.
const CLAIM = `SELECT id, processed_records, successful_records, failed_records, run_error FROM sandbox_batch
  WHERE status IN ('pending', 'in_progress') AND created_at <= now() - ($1::int * interval '1 millisecond')
  ORDER BY updated_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`;

const ROWS = `SELECT ${storedRowColumns("r")},
    r.customer_id <> '' AND EXISTS (SELECT 1 FROM sandbox_record e
      WHERE e.batch_id = r.batch_id AND e.customer_id = r.customer_id AND e.row_no < r.row_no) AS duplicate
  FROM sandbox_record r WHERE r.batch_id = $1::uuid AND r.row_no > $2 AND r.row_no <= $3 ORDER BY r.row_no`;

// Outcomes are inserted, never updated: the primary key (batch_id, row_no) refuses a second
// outcome for a record, and no dead row versions pile up for vacuum to clear.
const WRITE_OUTCOMES = `INSERT INTO sandbox_record_outcome
    (batch_id, row_no, status, success_no, failure_no, errors, transaction_id, digitization_id, processed_at)
  SELECT $1::uuid, u.row_no, u.status::sandbox_record_status, u.success_no, u.failure_no, u.errors::jsonb,
    gen_random_uuid(), CASE WHEN u.status = 'success' THEN gen_random_uuid() END, now()
  FROM UNNEST($2::int[], $3::text[], $4::int[], $5::int[], $6::text[]) AS u(row_no, status, success_no, failure_no, errors)`;

// The cursor check (processed_records = $5) makes a chunk count once even if a bug let two
// workers in; the counters and the outcomes commit together or not at all.
const ADVANCE = `UPDATE sandbox_batch SET processed_records = processed_records + $2,
    successful_records = successful_records + $3, failed_records = failed_records + $4,
    status = (CASE WHEN processed_records + $2 >= total_records THEN 'completed' ELSE 'in_progress' END)::sandbox_batch_status,
    started_at = COALESCE(started_at, now()),
    completed_at = CASE WHEN processed_records + $2 >= total_records THEN now() END, updated_at = now()
  WHERE id = $1::uuid AND processed_records = $5 RETURNING status::text AS status`;

const FAIL_RUN = `UPDATE sandbox_batch SET status = 'failed', started_at = COALESCE(started_at, now()),
  completed_at = now(), updated_at = now() WHERE id = $1::uuid`;

/** Claims the next due batch and processes its next records in one transaction; null when idle. */
export async function processNextChunk(prisma: PrismaClient, opts: ChunkOptions): Promise<ChunkResult | null> {
  return prisma.$transaction(
    async (tx) => {
      const [batch] = await tx.$queryRawUnsafe<ClaimedBatch[]>(CLAIM, Math.round(opts.startDelayMs));
      if (!batch) return null;
      if (batch.run_error) {
        await tx.$executeRawUnsafe(FAIL_RUN, batch.id);
        return { batchId: batch.id, processed: 0, status: "failed" as const };
      }
      return processRows(tx, batch, opts);
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

async function processRows(tx: Prisma.TransactionClient, batch: ClaimedBatch, opts: ChunkOptions): Promise<ChunkResult> {
  const cursor = batch.processed_records;
  const rows = await tx.$queryRawUnsafe<(StoredRow & { duplicate: boolean })[]>(ROWS, batch.id, cursor, cursor + opts.maxRecords);
  let successNo = batch.successful_records;
  let failureNo = batch.failed_records;
  const cols = { rowNo: [] as number[], status: [] as string[], successNo: [] as (number | null)[], failureNo: [] as (number | null)[], errors: [] as (string | null)[] };
  for (const row of rows) {
    const outcome: Outcome = await evaluateRecord(row, row.duplicate, opts.registry, opts.today);
    cols.rowNo.push(row.row_no);
    cols.status.push(outcome.status);
    cols.successNo.push(outcome.status === "success" ? ++successNo : null);
    cols.failureNo.push(outcome.status === "failure" ? ++failureNo : null);
    cols.errors.push(outcome.status === "failure" ? JSON.stringify(outcome.errors) : null);
  }
  const written = rows.length
    ? await tx.$executeRawUnsafe(WRITE_OUTCOMES, batch.id, cols.rowNo, cols.status, cols.successNo, cols.failureNo, cols.errors)
    : 0;
  const succeeded = successNo - batch.successful_records;
  const failed = failureNo - batch.failed_records;
  const [after] = await tx.$queryRawUnsafe<{ status: "in_progress" | "completed" }[]>(ADVANCE, batch.id, rows.length, succeeded, failed, cursor);
  if (written !== rows.length || !after) throw new Error("sandbox processor: batch moved under this worker; chunk rolled back");
  return { batchId: batch.id, processed: rows.length, status: after.status };
}
