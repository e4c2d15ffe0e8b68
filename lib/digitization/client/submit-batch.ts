import "server-only";
// POST /batch (the project's own contract): the CSV as the body, both answer dialects
// normalised to SubmitResult. 201 a new batch, 200 an idempotent repeat.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { z } from "zod";
import { DigitizationError } from "./errors";
import type { SubmitResult } from "./model";
import { assertEnvelopeSuccess, detectDialect, guideEnvelope, optText, parseOrThrow, toBatchStatus } from "./normalize";
import { callApi, expectJson, isBatchId, type ApiTarget, type RequestBody, type TransportOptions } from "./transport";

// The CSV body of a submission in any form the portal has it: bytes, a web stream, a Node
// stream or any async iterable of chunks — or a factory of those, called once per attempt,
// because a stream is consumed by the first attempt and cannot be replayed on a retry.

type CsvChunks = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
type CsvSource = Uint8Array | string | Blob | CsvChunks;
type SubmitBody = CsvSource | (() => CsvSource);

/** As undici's `request` takes a body: bytes and text as they are, anything streamed as a Node stream. */
function toRequestBody(source: CsvSource): RequestBody {
  if (typeof source === "string" || source instanceof Uint8Array || source instanceof Readable) return source;
  if (source instanceof Blob) return Readable.fromWeb(source.stream() as WebReadableStream<Uint8Array>);
  if (source instanceof ReadableStream) return Readable.fromWeb(source as WebReadableStream<Uint8Array>);
  return Readable.from(source, { objectMode: false });
}

const isStream = (s: CsvSource) => s instanceof ReadableStream || (typeof s === "object" && Symbol.asyncIterator in s);

function csvBodyFactory(body: SubmitBody): { factory: () => RequestBody; replayable: boolean } {
  if (typeof body === "function") return { factory: () => toRequestBody(body()), replayable: true };
  return { factory: () => toRequestBody(body), replayable: !isStream(body) };
}

// POST /batch (the project's own contract) in both dialects, normalised to SubmitResult.

const submitReferenceSchema = z.object({ batchId: optText, id: optText, status: optText });
const submitGuideSchema = guideEnvelope(
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

/** Uploads take longer than queries: the whole CSV travels in one request. */
const SUBMIT_TIMEOUT_MS = 120_000;

interface SubmitBatchInput extends ApiTarget {
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
