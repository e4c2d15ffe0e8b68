import { randomUUID } from "node:crypto";
import type { PrismaClient, SandboxBatch } from "../generated/prisma/client";
import { SandboxApiError } from "../http/api-error";
import { insertRecords } from "./insert-records";
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
// A million rows take tens of seconds; the whole upload is one transaction so a broken or
// mismatched upload leaves nothing behind.
const TX_TIMEOUT_MS = 30 * 60_000;

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
export async function submitBatch(prisma: PrismaClient, input: SubmitBatchInput): Promise<SubmitBatchResult> {
  const { clientId, idempotencyKey, expectedSha256, maxFileBytes, body } = input;
  const byKey = { clientId_idempotencyKey: { clientId, idempotencyKey } };
  const earlier = await prisma.sandboxBatch.findUnique({ where: byKey });
  if (earlier) return repeat(earlier, expectedSha256);

  const id = randomUUID();
  const batch = await prisma.$transaction(
    async (tx) => {
      const claimed = await tx.sandboxBatch.createMany({
        data: [{ id, clientId, idempotencyKey, contentSha256: "", byteSize: 0n }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return null; // a concurrent submit with this key committed first
      let nextRow = 1;
      const file = await receiveCsv(body, async (rows) => {
        await insertRecords(tx, id, nextRow, rows);
        nextRow += rows.length;
      }, { maxBytes: maxFileBytes, flushRows: FLUSH_ROWS });
      if (expectedSha256 && file.sha256 !== expectedSha256) throw shaMismatch(file.sha256);
      if (file.runError && nextRow > 1) await tx.sandboxRecord.deleteMany({ where: { batchId: id } });
      return tx.sandboxBatch.update({
        where: { id },
        data: {
          totalRecords: file.rowCount,
          contentSha256: file.sha256,
          byteSize: BigInt(file.byteSize),
          ...(file.runError ? { runError: file.runError } : {}),
          // The processor's start delay counts from the end of the upload.
          createdAt: new Date(),
          updatedAt: new Date(),
        },
      });
    },
    { timeout: TX_TIMEOUT_MS, maxWait: TX_TIMEOUT_MS },
  );
  if (batch) return { batch, created: true };
  const winner = await prisma.sandboxBatch.findUnique({ where: byKey });
  if (!winner) throw new Error("idempotent submit: the conflicting batch vanished");
  return repeat(winner, expectedSha256);
}
