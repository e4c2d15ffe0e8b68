import "server-only";
import { assertBatchId } from "./batch-id";
import { callApi, type ApiTarget } from "./call-api";
import type { RecordsPage } from "./model";
import { assertPageNumber } from "./page-number";
import { parseRecordsBody } from "./records-response";
import type { TransportOptions } from "./request";
import { expectJson } from "./response";

/** GET /batch/{batchId}/records?page=&limit= (API defaults: page 1, limit 10). */
export async function getBatchRecords(
  input: ApiTarget & { batchId: string; page?: number; limit?: number },
  options: TransportOptions = {},
): Promise<RecordsPage> {
  const batchId = assertBatchId(input.batchId);
  const page = assertPageNumber(input.page ?? 1, "page");
  const limit = assertPageNumber(input.limit ?? 10, "limit");
  return callApi(
    input,
    { operation: "getBatchRecords", method: "GET", path: `/${batchId}/records`, query: { page: String(page), limit: String(limit) } },
    options,
    (res) => parseRecordsBody(expectJson(res, "batch records"), { page, limit }),
  );
}
