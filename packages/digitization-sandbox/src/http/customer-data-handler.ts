import { customerProfile } from "../customers/customer-profile";
import { getCustomerData } from "../customers/get-customer-data";
import { findClientBatch } from "../batches/find-client-batch";
import { SandboxApiError, invalidRequest } from "./api-error";
import { readLimitedText } from "./body-limit";
import type { EndpointContext } from "./endpoint";
import { customerBody, parseOrReject } from "./query-params";
import { jsonResponse } from "./respond";

async function readJson(request: Request, maxBodyBytes: number): Promise<unknown> {
  const text = await readLimitedText(request, maxBodyBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw invalidRequest('The body must be JSON: {"customer_id": "..."}', "customer_id");
  }
}

/** POST /batch/{batchId}/getCustomerData, body {"customer_id": "..."}. */
export async function handleCustomerData(ctx: EndpointContext): Promise<Response> {
  const batch = await findClientBatch(ctx.prisma, ctx.caller.clientId, ctx.params.batchId);
  const { customer_id } = parseOrReject(customerBody, await readJson(ctx.request, ctx.maxBodyBytes));
  const result = await getCustomerData(ctx.prisma, ctx.deps.registry, batch, customer_id);
  if (result.kind === "not_found") throw new SandboxApiError(404, "CUSTOMER_NOT_FOUND", "Customer not found in this batch", "customer_id");
  if (result.kind === "not_ready") {
    throw new SandboxApiError(409, "BATCH_NOT_COMPLETED", "Customer data is available once the batch has completed", "batchId");
  }
  if (result.kind === "failed") {
    return jsonResponse(200, {
      data: { batch_id: batch.id, customer_id, status: "failure", business_errors: result.errors },
      message: "The customer's record failed processing; no customer data",
      success: false,
    });
  }
  const { row, resident } = result;
  const digitisedOn = (row.processed_at ?? batch.completedAt ?? batch.updatedAt).toISOString();
  return jsonResponse(200, {
    data: {
      batch_id: batch.id,
      customer_id,
      status: "success",
      biometric_completed: false,
      digitised_on: digitisedOn,
      data: customerProfile(resident, { transactionId: row.transaction_id, digitizationId: row.digitization_id, digitisedOn }),
    },
    message: "Customer data fetched successfully",
    success: true,
  });
}
