import type { PrismaClient, SandboxBatch } from "../generated/prisma/client";
import { SELECT_PROCESSED, type RecordRow } from "./record-row";

export type RecordsQuery = { page: number; limit: number; status?: "success" | "failure" | undefined; customerId?: string | undefined };
export type RecordsPage = { total: number; rows: RecordRow[] };

// Each listing has its own dense ordinal, assigned in row order as records are processed, so
// a page is an indexed range: page 10,000 costs what page 1 costs. No OFFSET.
const ORDINAL = { all: "row_no", success: "success_no", failure: "failure_no" } as const;

/** Processed records of a batch, a page at a time; optional status / customer_id filters. */
export async function listRecords(prisma: PrismaClient, batch: SandboxBatch, q: RecordsQuery): Promise<RecordsPage> {
  if (q.customerId !== undefined) return listCustomerRecords(prisma, batch.id, q);
  const which = q.status ?? "all";
  const total = { all: batch.processedRecords, success: batch.successfulRecords, failure: batch.failedRecords }[which];
  const first = (q.page - 1) * q.limit + 1;
  const last = Math.min(q.page * q.limit, total);
  if (first > last) return { total, rows: [] };
  const column = ORDINAL[which];
  const rows = await prisma.$queryRawUnsafe<RecordRow[]>(
    `${SELECT_PROCESSED} WHERE o.batch_id = $1::uuid AND o.${column} BETWEEN $2 AND $3 ORDER BY o.${column}`,
    batch.id, first, last,
  );
  return { total, rows };
}

/** One customer's records: a handful at most (duplicates), so plain LIMIT/OFFSET is fine here. */
async function listCustomerRecords(prisma: PrismaClient, batchId: string, q: RecordsQuery): Promise<RecordsPage> {
  const where = `r.batch_id = $1::uuid AND r.customer_id = $2 AND ($3::text IS NULL OR o.status::text = $3)`;
  const args = [batchId, q.customerId, q.status ?? null];
  const [count] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${SELECT_PROCESSED} WHERE ${where}) AS found`, ...args);
  const rows = await prisma.$queryRawUnsafe<RecordRow[]>(
    `${SELECT_PROCESSED} WHERE ${where} ORDER BY r.row_no LIMIT $4 OFFSET $5`,
    ...args, q.limit, (q.page - 1) * q.limit,
  );
  return { total: count?.n ?? 0, rows };
}
