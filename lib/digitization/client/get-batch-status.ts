import "server-only";
import { assertBatchId } from "./batch-id";
import { callApi, type ApiTarget } from "./call-api";
import type { BatchSummary } from "./model";
import type { TransportOptions } from "./request";
import { expectJson } from "./response";
import { parseBatchStatusBody } from "./status-response";

/** GET /batch/{batchId}/status, in whichever dialect the API answers. */
export async function getBatchStatus(
  input: ApiTarget & { batchId: string },
  options: TransportOptions = {},
): Promise<BatchSummary> {
  const batchId = assertBatchId(input.batchId);
  const summary = await callApi(input, { operation: "getBatchStatus", method: "GET", path: `/${batchId}/status` }, options, (res) =>
    parseBatchStatusBody(expectJson(res, "batch status")),
  );
  // The guide dialect omits the id; the caller asked about this batch, so it is known.
  return { ...summary, batchId: summary.batchId ?? batchId };
}
