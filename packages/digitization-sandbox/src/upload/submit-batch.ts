import { randomUUID } from "node:crypto";
import { inTransaction } from "../db/in-transaction";
import type { Database } from "../db/open-database";
import type { SandboxBatch } from "../generated/prisma/client";
import { SandboxApiError } from "../http/api-error";
import { copyRecords } from "./copy-records";
import { receiveCsv } from "./receive-csv";

export type SubmitBatchInput = {
  clientId: string;
  idempotencyKey: string;
  /** Lower-case hex SHA-256 the client announced (x-content-sha256), if any. */
  expectedSha256?: string | undefined;
  /** The largest file accepted (the portal's UPLOAD_MAX_BYTES); larger is a 413. */
  maxFileBytes: number;
  body: AsyncIterable<Uint8Array>;
};

export type SubmitBatchResult = { batch: SandboxBatch; created: boolean };

const FLUSH_ROWS = 10_000;
// A million rows take seconds; a client that stalls mid-upload for this long loses its batch (nothing is kept).
const UPLOAD_TIMEOUT_MS = 30 * 60_000;

// The batch row is claimed first: a concurrent submit with the same key waits on the unique
// (client, idempotency key) index and then finds the winner's batch.
const CLAIM = `INSERT INTO sandbox_batch (id, client_id, idempotency_key, content_sha256, byte_size)
  VALUES ($1::uuid, $2::uuid, $3, '', 0) ON CONFLICT DO NOTHING`;
// A row is a duplicate when an earlier row of the batch has the same non-empty customer_id: one
// sorted pass over the batch (byte order, "C": equality is all it needs, and it sorts fastest)
// finds them all, where a lookup per row while processing cost PostgreSQL more than anything else.
// Only the duplicates are updated, in the transaction that stored them.
const MARK_DUPLICATES = `UPDATE sandbox_record r SET duplicate = true FROM (
    SELECT row_no, customer_id = lag(customer_id) OVER (ORDER BY customer_id COLLATE "C", row_no) AS repeated
    FROM sandbox_record WHERE batch_id = $1::uuid AND customer_id <> '') d
  WHERE d.repeated AND r.batch_id = $1::uuid AND r.row_no = d.row_no`;
// created_at is set at the end: the processor's start delay counts from the end of the upload.
const FINISH = `UPDATE sandbox_batch SET total_records = $2, content_sha256 = $3, byte_size = $4, run_error = $5::jsonb,
  created_at = $6, updated_at = $6 WHERE id = $1::uuid`;

const shaMismatch = (actual: string) =>
  new SandboxApiError(422, "CONTENT_SHA256_MISMATCH", `x-content-sha256 does not match the received file (its SHA-256 is ${actual}); nothing was created`, "x-content-sha256");
const keyReused = () =>
  new SandboxApiError(409, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used for a different file", "Idempotency-Key");

function repeat(batch: SandboxBatch, expectedSha256: string | undefined): SubmitBatchResult {
  if (expectedSha256 && batch.contentSha256 !== expectedSha256) throw keyReused();
  return { batch, created: false };
}

/**
 * Receives a CSV into a new batch (status pending), or returns the client's earlier batch for
 * the same Idempotency-Key. Two identical submits racing each other are settled by the unique
 * (client, idempotency key) index, not by a check-then-insert.
 */
export async function submitBatch(db: Pick<Database, "prisma" | "pool">, input: SubmitBatchInput): Promise<SubmitBatchResult> {
  const { clientId, idempotencyKey, expectedSha256 } = input;
  const byKey = { clientId_idempotencyKey: { clientId, idempotencyKey } };
  const earlier = await db.prisma.sandboxBatch.findUnique({ where: byKey });
  if (earlier) return repeat(earlier, expectedSha256);

  const id = randomUUID();
  if (await receiveInto(db, id, input)) {
    return { batch: await db.prisma.sandboxBatch.findUniqueOrThrow({ where: { id } }), created: true };
  }
  const winner = await db.prisma.sandboxBatch.findUnique({ where: byKey });
  if (!winner) throw new Error("idempotent submit: the conflicting batch vanished");
  return repeat(winner, expectedSha256);
}

/**
 * The whole upload is one transaction, so a broken or mismatched upload leaves nothing behind.
 * False when a concurrent submit with the same key committed first.
 */
function receiveInto(db: Pick<Database, "pool">, id: string, input: SubmitBatchInput): Promise<boolean> {
  return inTransaction(db.pool, async (client) => {
    const claimed = await client.query(CLAIM, [id, input.clientId, input.idempotencyKey]);
    if (claimed.rowCount === 0) return false;
    const copy = copyRecords(client, id);
    const file = await receiveCsv(input.body, (rows) => copy.write(rows), { maxBytes: input.maxFileBytes, flushRows: FLUSH_ROWS });
    await copy.end();
    if (input.expectedSha256 && file.sha256 !== input.expectedSha256) throw shaMismatch(file.sha256);
    if (file.runError) await client.query("DELETE FROM sandbox_record WHERE batch_id = $1::uuid", [id]);
    else await client.query(MARK_DUPLICATES, [id]);
    const runError = file.runError ? JSON.stringify(file.runError) : null;
    await client.query(FINISH, [id, file.rowCount, file.sha256, file.byteSize, runError, new Date()]);
    return true;
  }, { timeoutMs: UPLOAD_TIMEOUT_MS });
}
