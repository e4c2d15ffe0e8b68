import "server-only";
// GET /batch/{id}/records with the sandbox's documented filters (status, customer_id), refusing
// to show an unfiltered page under a filter's label.
import { getBatchRecords, type ApiTarget, type BatchRecord, type RecordsPage } from "@/lib/digitization/client";
import { AppError } from "@/lib/http/errors";
import type { RecordsQuery } from "./contracts";

export async function fetchRecordsPage(target: ApiTarget & { batchId: string }, q: RecordsQuery): Promise<RecordsPage> {
  const page = await getBatchRecords({
    ...target,
    page: q.page,
    limit: q.limit,
    ...(q.status ? { status: q.status } : {}),
    ...(q.customerId ? { customerId: q.customerId } : {}),
  });
  // An API without the extension ignores unknown parameters; showing its unfiltered page
  // under a filter's label would mislead, so say so instead.
  if (!filtersHonoured(page.records, q)) {
    throw new AppError(501, "FILTER_UNSUPPORTED", "The Digitization API does not support filtering records; clear the filter and search to see all records.");
  }
  return page;
}

/** Whether an upstream records page really applied the filters asked for. */
export function filtersHonoured(records: BatchRecord[], q: Pick<RecordsQuery, "status" | "customerId">): boolean {
  return records.every(
    (r) => (!q.status || r.status === q.status) && (!q.customerId || r.customerId === q.customerId),
  );
}
