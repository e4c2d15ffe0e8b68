import { submitBatch } from "../upload/submit-batch";
import { submitBody } from "../batches/batch-bodies";
import { logger } from "../log";
import { invalidRequest } from "./api-error";
import type { EndpointContext } from "./endpoint";
import { jsonResponse } from "./respond";
import { uploadBytes } from "./upload-body";

function headers(request: Request) {
  const idempotencyKey = request.headers.get("idempotency-key")?.trim() ?? "";
  if (!/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
    throw invalidRequest("The Idempotency-Key header is required (1-200 printable characters)", "Idempotency-Key");
  }
  const sha = request.headers.get("x-content-sha256")?.trim().toLowerCase();
  if (sha !== undefined && !/^[0-9a-f]{64}$/.test(sha)) {
    throw invalidRequest("x-content-sha256 must be 64 hexadecimal characters", "x-content-sha256");
  }
  return { idempotencyKey, expectedSha256: sha };
}

/** POST /digitization/v1/batch — the project's own submit contract (docs/sandbox.md). */
export async function handleSubmit({ request, prisma, pool, caller, deps, maxBodyBytes }: EndpointContext): Promise<Response> {
  const { idempotencyKey, expectedSha256 } = headers(request);
  const started = Date.now();
  const { batch, created } = await submitBatch({ prisma, pool }, { clientId: caller.clientId, idempotencyKey, expectedSha256, maxFileBytes: deps.maxUploadBytes(), body: uploadBytes(request, maxBodyBytes) });
  if (created) {
    logger.info({ batchId: batch.id, records: batch.totalRecords, bytes: Number(batch.byteSize), ms: Date.now() - started }, "sandbox batch received");
    deps.batchReceived?.();
  }
  return jsonResponse(created ? 201 : 200, submitBody(batch, deps.dialect(), created));
}
