import "server-only";
import type { CustomerResultDto } from "./contracts";
import { fetchCustomerData } from "./fetch-customer-data";
import type { BatchTarget } from "./load-batch-target";
import { toProfileDto } from "./to-profile-dto";

/** The digitised profile of a successful record, or the business errors of a failed one. */
export async function readCustomer(target: BatchTarget, customerId: string): Promise<CustomerResultDto> {
  const result = await fetchCustomerData(target, customerId);
  if (result.kind === "profile") return toProfileDto(result.profile);
  const { failure } = result;
  return { kind: "record_failed", customerId: failure.customerId, message: failure.message, businessErrors: failure.businessErrors };
}
