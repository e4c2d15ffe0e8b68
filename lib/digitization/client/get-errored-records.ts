import "server-only";
import { assertBatchId } from "./batch-id";
import { callApi, type ApiTarget } from "./call-api";
import { parseErroredBody } from "./errored-response";
import type { ErroredPage } from "./model";
import { assertPageNumber } from "./page-number";
import type { TransportOptions } from "./request";
import { expectJson } from "./response";

/** GET /batch/{batchId}/errored?page_no= — failed records with their original CSV row. */
export async function getErroredRecords(
  input: ApiTarget & { batchId: string; pageNo?: number },
  options: TransportOptions = {},
): Promise<ErroredPage> {
  const batchId = assertBatchId(input.batchId);
  const pageNo = assertPageNumber(input.pageNo ?? 1, "pageNo");
  const page = await callApi(
    input,
    { operation: "getErroredRecords", method: "GET", path: `/${batchId}/errored`, query: { page_no: String(pageNo) } },
    options,
    (res) => parseErroredBody(expectJson(res, "errored records"), pageNo),
  );
  return { ...page, batchId: page.batchId ?? batchId };
}
