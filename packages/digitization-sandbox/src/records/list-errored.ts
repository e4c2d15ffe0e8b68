import type { PrismaClient, SandboxBatch } from "../generated/prisma/client";
import { SELECT_PROCESSED, type RecordRow } from "./record-row";

/** The guide leaves the errored page size to the server. */
export const ERRORED_PAGE_SIZE = 50;

export type ErroredPage = { rows: RecordRow[]; hasNext: boolean };

/** Failed records in row order, paged by their failure ordinal (an indexed range, no OFFSET). */
export async function listErrored(prisma: PrismaClient, batch: SandboxBatch, pageNo: number): Promise<ErroredPage> {
  const first = (pageNo - 1) * ERRORED_PAGE_SIZE + 1;
  const last = Math.min(pageNo * ERRORED_PAGE_SIZE, batch.failedRecords);
  const hasNext = batch.failedRecords > pageNo * ERRORED_PAGE_SIZE;
  if (first > last) return { rows: [], hasNext };
  const rows = await prisma.$queryRawUnsafe<RecordRow[]>(
    `${SELECT_PROCESSED} WHERE o.batch_id = $1::uuid AND o.failure_no BETWEEN $2 AND $3 ORDER BY o.failure_no`,
    batch.id, first, last,
  );
  return { rows, hasNext };
}
