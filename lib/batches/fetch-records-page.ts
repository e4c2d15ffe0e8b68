import "server-only";
// GET /batch/{id}/records with the sandbox's documented filters (status, customer_id). The
// client's getBatchRecords sends page and limit only, so the filtered call is composed here
// from the client's own transport and normaliser (same retries, key scrubbing, dialects).
import { assertBatchId } from "@/lib/digitization/client/batch-id";
import { callApi, type ApiTarget } from "@/lib/digitization/client/call-api";
import { getBatchRecords } from "@/lib/digitization/client";
import type { RecordsPage } from "@/lib/digitization/client/model";
import { parseRecordsBody } from "@/lib/digitization/client/records-response";
import { expectJson } from "@/lib/digitization/client/response";
import { AppError } from "@/lib/http/errors";
import type { RecordsQuery } from "./contracts";
import { filtersHonoured } from "./records-filter";

export async function fetchRecordsPage(target: ApiTarget & { batchId: string }, q: RecordsQuery): Promise<RecordsPage> {
  if (!q.status && !q.customerId) return getBatchRecords({ ...target, page: q.page, limit: q.limit });
  const batchId = assertBatchId(target.batchId);
  const query: Record<string, string> = { page: String(q.page), limit: String(q.limit) };
  if (q.status) query.status = q.status;
  if (q.customerId) query.customer_id = q.customerId;
  const page = await callApi(target, { operation: "getBatchRecords", method: "GET", path: `/${batchId}/records`, query }, {}, (res) =>
    parseRecordsBody(expectJson(res, "batch records"), { page: q.page, limit: q.limit }),
  );
  // An API without the extension ignores unknown parameters; showing its unfiltered page
  // under a filter's label would mislead, so say so instead.
  if (!filtersHonoured(page.records, q)) {
    throw new AppError(501, "FILTER_UNSUPPORTED", "The Digitization API does not support filtering records; clear the filter and search to see all records.");
  }
  return page;
}
