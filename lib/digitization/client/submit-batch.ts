import "server-only";
import { callApi, type ApiTarget } from "./call-api";
import { DigitizationError } from "./errors";
import type { SubmitResult } from "./model";
import type { TransportOptions } from "./request";
import { expectJson } from "./response";
import { csvBodyFactory, type SubmitBody } from "./submit-body";
import { parseSubmitBody } from "./submit-response";

/** Uploads take longer than queries: the whole CSV travels in one request. */
export const SUBMIT_TIMEOUT_MS = 120_000;

export interface SubmitBatchInput extends ApiTarget {
  /** The portal's request id: a repeat with the same key returns the same batch. */
  idempotencyKey: string;
  /** Hex SHA-256 of the exact bytes sent; the API refuses a mismatch with 422. */
  sha256?: string;
  /** Prefer bytes or a factory: a bare stream can be sent once, so it gets no retry. */
  body: SubmitBody;
}

const TOKEN = /^[\x21-\x7e]{1,255}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** POST /batch with the CSV as the body: 201 a new batch, 200 an idempotent repeat. */
export async function submitBatch(input: SubmitBatchInput, options: TransportOptions = {}): Promise<SubmitResult> {
  if (typeof input.idempotencyKey !== "string" || !TOKEN.test(input.idempotencyKey)) {
    throw new DigitizationError("invalid_input", "The idempotency key must be a non-empty token");
  }
  if (input.sha256 !== undefined && !SHA256_HEX.test(input.sha256)) {
    throw new DigitizationError("invalid_input", "The SHA-256 must be 64 hex digits");
  }
  const { factory, replayable } = csvBodyFactory(input.body);
  const headers: Record<string, string> = { "Idempotency-Key": input.idempotencyKey };
  if (input.sha256 !== undefined) headers["x-content-sha256"] = input.sha256.toLowerCase();
  return callApi(
    input,
    {
      operation: "submitBatch",
      method: "POST",
      path: "",
      contentType: "text/csv",
      headers,
      body: factory,
      replayable,
      defaultTimeoutMs: SUBMIT_TIMEOUT_MS,
    },
    options,
    (res) => parseSubmitBody(expectJson(res, "batch submission"), res.status),
  );
}
