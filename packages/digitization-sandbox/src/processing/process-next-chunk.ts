import { randomUUID } from "node:crypto";
import type pg from "pg";
import { copyField, copyIn } from "../db/copy-text";
import { inTransaction } from "../db/in-transaction";
import type { ResidentRegistry } from "../registry/resident-registry";
import { evaluateRecords, type Outcome } from "./evaluate-record";
import { storedRowColumns, type StoredRow } from "./stored-row";

export type ChunkOptions = {
  maxRecords: number;
  /** A batch waits this long after its upload before processing starts. */
  startDelayMs: number;
  registry: ResidentRegistry;
  /** The processing day in the UAE, YYYY-MM-DD (EXPIRED_EID is judged against it). */
  today: string;
};

/** A batch's next records, read and judged while the chunk before them was being written. */
export type JudgedAhead = { batchId: string; cursor: number; maxRecords: number; today: string; judged: Judged[] };
type Judged = { rowNo: number; outcome: Outcome };

export type ChunkResult = {
  batchId: string;
  processed: number;
  status: "in_progress" | "completed" | "failed";
  /** Hand it to the next call: the database wrote this chunk while this process judged the next. */
  ahead: Promise<JudgedAhead | null>;
};

type ClaimedBatch = { id: string; total_records: number; processed_records: number; successful_records: number; failed_records: number; run_error: unknown };

// The claimed batch row stays locked until the chunk commits: that lock is the lease. Another
// instance skips the batch meanwhile; if this process dies, the lock goes with its connection.
// Oldest progress first, so several batches advance in turn.
const CLAIM = `SELECT id, total_records, processed_records, successful_records, failed_records, run_error FROM sandbox_batch
  WHERE status IN ('pending', 'in_progress') AND created_at <= now() - ($1::int * interval '1 millisecond')
  ORDER BY updated_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`;

const ROWS = `SELECT ${storedRowColumns("r")}, r.duplicate
  FROM sandbox_record r WHERE r.batch_id = $1::uuid AND r.row_no > $2 AND r.row_no <= $3 ORDER BY r.row_no`;

// Outcomes are inserted, never updated: the primary key (batch_id, row_no) refuses a second
// outcome for a record, and no dead row versions pile up for vacuum to clear. One COPY per
// chunk: plain text lines cost both processes less than array parameters.
// processed_at is left to its default, now(): the transaction's clock, shared by the chunk.
const WRITE_OUTCOMES = `COPY sandbox_record_outcome
  (batch_id, row_no, status, success_no, failure_no, errors, transaction_id, digitization_id) FROM STDIN`;

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

// A chunk takes well under a second; one stuck for this long gives its batch back to the others.
const CHUNK_TIMEOUT_MS = 120_000;

/**
 * Claims the next due batch and processes its next records in one transaction; null when idle.
 * `ahead` (the previous result's) is used when it is still this batch's next chunk.
 */
export async function processNextChunk(pool: pg.Pool, opts: ChunkOptions, ahead: JudgedAhead | null = null): Promise<ChunkResult | null> {
  return inTransaction(pool, async (tx) => {
    const [batch] = (await tx.query<ClaimedBatch>(CLAIM, [Math.round(opts.startDelayMs)])).rows;
    if (!batch) return null;
    if (batch.run_error) {
      await tx.query(FAIL_RUN, [batch.id]);
      return { batchId: batch.id, processed: 0, status: "failed" as const, ahead: Promise.resolve(null) };
    }
    return processRows(pool, tx, batch, opts, ahead);
  }, { timeoutMs: CHUNK_TIMEOUT_MS });
}

async function judge(db: pg.Pool | pg.PoolClient, batchId: string, cursor: number, opts: ChunkOptions): Promise<Judged[]> {
  const { rows } = await db.query<StoredRow & { duplicate: boolean }>(ROWS, [batchId, cursor, cursor + opts.maxRecords]);
  const outcomes = await evaluateRecords(rows, opts.registry, opts.today);
  return rows.map((row, i) => ({ rowNo: row.row_no, outcome: outcomes[i]! }));
}

async function processRows(pool: pg.Pool, tx: pg.PoolClient, batch: ClaimedBatch, opts: ChunkOptions, ahead: JudgedAhead | null): Promise<ChunkResult> {
  const cursor = batch.processed_records;
  const fits = ahead && ahead.batchId === batch.id && ahead.cursor === cursor && ahead.maxRecords === opts.maxRecords && ahead.today === opts.today;
  const judged = fits ? ahead.judged : await judge(tx, batch.id, cursor, opts);
  let successNo = batch.successful_records;
  let failureNo = batch.failed_records;
  let lines = "";
  for (const { rowNo, outcome } of judged) {
    const ok = outcome.status === "success";
    const errors = ok ? null : JSON.stringify(outcome.errors);
    lines += `${batch.id}\t${rowNo}\t${outcome.status}\t${copyField(ok ? ++successNo : null)}\t${copyField(ok ? null : ++failureNo)}\t${copyField(errors)}\t${randomUUID()}\t${ok ? randomUUID() : "\\N"}\n`;
  }
  const writing = judged.length ? copyIn(tx, WRITE_OUTCOMES, lines) : Promise.resolve(0);
  // Records never change after submit, so the next chunk can be read (on another connection)
  // and judged while the database writes this one: the two cores work at once. If this chunk
  // rolls back, the next call finds the cursor unmoved and does not use it.
  const next = cursor + judged.length;
  const judging = judged.length && next < batch.total_records
    ? judge(pool, batch.id, next, opts).then((j) => ({ batchId: batch.id, cursor: next, maxRecords: opts.maxRecords, today: opts.today, judged: j }))
    : Promise.resolve(null);
  // Awaited by the next call; a failure there only means judging again inside its transaction.
  const aheadResult = judging.catch(() => null);
  const written = await writing;
  const succeeded = successNo - batch.successful_records;
  const failed = failureNo - batch.failed_records;
  const [after] = (await tx.query<{ status: "in_progress" | "completed" }>(ADVANCE, [batch.id, judged.length, succeeded, failed, cursor])).rows;
  if (written !== judged.length || !after) throw new Error("sandbox processor: batch moved under this worker; chunk rolled back");
  return { batchId: batch.id, processed: judged.length, status: after.status, ahead: aheadResult };
}
