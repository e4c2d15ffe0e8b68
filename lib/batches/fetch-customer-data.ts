import "server-only";
import { getCustomerData, isDigitizationError } from "@/lib/digitization/client";
import type { CustomerDataResult } from "@/lib/digitization/client/model";
import { notFound } from "@/lib/http/errors";
import type { BatchTarget } from "./load-batch-target";
import { isNotFoundInsideBatch } from "./upstream-error";

/** getCustomerData, with "no such customer in this batch" told apart from "no such batch". */
export async function fetchCustomerData(target: BatchTarget, customerId: string): Promise<CustomerDataResult> {
  try {
    return await getCustomerData({ ...target.api, batchId: target.batchId, customerId });
  } catch (error) {
    if (isDigitizationError(error) && isNotFoundInsideBatch(error)) throw notFound("No record with this customer ID in the batch.");
    throw error;
  }
}
