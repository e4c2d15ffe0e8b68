// POST /batch (the project's own contract) in both dialects, normalised to SubmitResult.
import { z } from "zod";
import { isBatchId } from "./batch-id";
import { assertEnvelopeSuccess, detectDialect, parseOrThrow } from "./dialect";
import { DigitizationError } from "./errors";
import type { SubmitResult } from "./model";
import { toBatchStatus } from "./normalize-status";
import { guideEnvelope, optText } from "./schema-fields";

export const submitReferenceSchema = z.object({ batchId: optText, id: optText, status: optText });
export const submitGuideSchema = guideEnvelope(
  z.object({ batch_id: optText, batchId: optText, id: optText, status: optText }),
);

export function parseSubmitBody(body: unknown, httpStatus: number): SubmitResult {
  let batchId: unknown;
  let status: unknown;
  if (detectDialect(body) === "guide") {
    const envelope = parseOrThrow(submitGuideSchema, body, "batch submission");
    assertEnvelopeSuccess(envelope, httpStatus);
    batchId = envelope.data.batch_id ?? envelope.data.batchId ?? envelope.data.id;
    status = envelope.data.status;
  } else {
    const r = parseOrThrow(submitReferenceSchema, body, "batch submission");
    batchId = r.batchId ?? r.id;
    status = r.status;
  }
  // Every later call puts this id in a path, so an id that is not a UUID is a broken answer.
  if (!isBatchId(batchId)) {
    throw new DigitizationError("malformed_response", "The Digitization API accepted the batch but sent no valid batch id", {
      status: httpStatus,
    });
  }
  // 201 is a new batch; 200 is the API recognising the Idempotency-Key of an earlier one.
  return { batchId, ...toBatchStatus(status), created: httpStatus !== 200 };
}
