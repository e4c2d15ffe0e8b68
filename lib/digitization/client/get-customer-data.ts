import "server-only";
import { assertBatchId } from "./batch-id";
import { callApi, type ApiTarget } from "./call-api";
import { parseCustomerDataBody, readCustomerFailure } from "./customer-data-response";
import { DigitizationError } from "./errors";
import type { CustomerDataResult } from "./model";
import type { TransportOptions } from "./request";
import { errorFromResponse, expectJson, tryParseJson, type ApiResponse } from "./response";

function read(res: ApiResponse, customerId: string): CustomerDataResult {
  // A failed record may come back as a 4xx that carries its business errors; that is an
  // answer about the record, not a failed call. Auth and not-found stay errors.
  if (res.status >= 400 && res.status < 500 && res.status !== 401 && res.status !== 404) {
    const failure = readCustomerFailure(tryParseJson(res.text), customerId);
    if (failure) return { kind: "record_failed", failure };
    throw errorFromResponse(res);
  }
  return parseCustomerDataBody(expectJson(res, "customer data"), customerId);
}

/** POST /batch/{batchId}/getCustomerData — the digitised profile, or the record's errors. */
export async function getCustomerData(
  input: ApiTarget & { batchId: string; customerId: string },
  options: TransportOptions = {},
): Promise<CustomerDataResult> {
  const batchId = assertBatchId(input.batchId);
  // Sent exactly as given (it is the bank's own identifier); only a blank one is refused.
  const customerId = input.customerId;
  if (typeof customerId !== "string" || customerId.trim() === "") {
    throw new DigitizationError("invalid_input", "The customer id must be a non-empty string");
  }
  const body = JSON.stringify({ customer_id: customerId });
  return callApi(
    input,
    { operation: "getCustomerData", method: "POST", path: `/${batchId}/getCustomerData`, body: () => body },
    options,
    (res) => read(res, customerId),
  );
}
