import "server-only";
// GET /batch/{id}/status in both dialects, normalised to BatchSummary.
import { z } from "zod";
import type { BatchSummary } from "./model";
import {
  assertEnvelopeSuccess, detectDialect, guideEnvelope, optCount, optText, optTimestamp, parseOrThrow,
  runErrorsField, statusText, toBatchStatus, toCount, toIsoTimestamp, toRunErrors, toText,
} from "./normalize";
import { assertBatchId, callApi, expectJson, type ApiTarget, type TransportOptions } from "./transport";

// GET /batch/{id}/status in both dialects, normalised to BatchSummary.

/** API-reference page: camelCase, no envelope. */
const statusReferenceSchema = z.object({
  batchId: optText,
  status: statusText,
  totalRecords: optCount,
  processedRecords: optCount,
  failedRecords: optCount,
  successfulRecords: optCount,
  createdAt: optTimestamp,
  updatedAt: optTimestamp,
  startedAt: optTimestamp,
  completedAt: optTimestamp,
  summary: z.object({ successfulRecords: optCount, errors: runErrorsField }).nullish().catch(undefined),
});

/** Integration guide: snake_case inside `{data, message, success}`; failures are "errored". */
const statusGuideSchema = guideEnvelope(
  z.object({
    batch_id: optText,
    status: statusText,
    total_records: optCount,
    processed_records: optCount,
    errored_records: optCount,
    failed_records: optCount,
    successful_records: optCount,
    csv_template_type: optText,
    csv_header: z.array(z.string()).nullish().catch(undefined),
    created_at: optTimestamp,
    updated_at: optTimestamp,
    started_at: optTimestamp,
    completed_at: optTimestamp,
    summary: z.object({ successful_records: optCount, errors: runErrorsField }).nullish().catch(undefined),
    errors: runErrorsField,
  }),
);

type Counts = { total: unknown; processed: unknown; failed: unknown; successful: unknown };

function counts(c: Counts) {
  const failed = toCount(c.failed) ?? 0;
  const given = toCount(c.successful);
  const processed = toCount(c.processed) ?? (given === null ? 0 : given + failed);
  // processed = successful + failed, so the one the API left out is derived from the others.
  const successful = given ?? Math.max(0, processed - failed);
  return { totalRecords: toCount(c.total) ?? 0, processedRecords: processed, failedRecords: failed, successfulRecords: successful };
}

export function parseBatchStatusBody(body: unknown): BatchSummary {
  if (detectDialect(body) === "guide") {
    const envelope = parseOrThrow(statusGuideSchema, body, "batch status");
    assertEnvelopeSuccess(envelope);
    const d = envelope.data;
    const batchId = toText(d.batch_id);
    return {
      ...(batchId === null ? {} : { batchId }),
      ...toBatchStatus(String(d.status)),
      ...counts({
        total: d.total_records,
        processed: d.processed_records,
        failed: d.errored_records ?? d.failed_records,
        successful: d.successful_records ?? d.summary?.successful_records,
      }),
      createdAt: toIsoTimestamp(d.created_at),
      updatedAt: toIsoTimestamp(d.updated_at),
      startedAt: toIsoTimestamp(d.started_at),
      completedAt: toIsoTimestamp(d.completed_at),
      ...(toText(d.csv_template_type) === null ? {} : { csvTemplateType: String(d.csv_template_type) }),
      ...(d.csv_header ? { csvHeader: d.csv_header } : {}),
      runErrors: toRunErrors(d.summary?.errors ?? d.errors),
    };
  }
  const r = parseOrThrow(statusReferenceSchema, body, "batch status");
  const batchId = toText(r.batchId);
  return {
    ...(batchId === null ? {} : { batchId }),
    ...toBatchStatus(String(r.status)),
    ...counts({
      total: r.totalRecords,
      processed: r.processedRecords,
      failed: r.failedRecords,
      successful: r.successfulRecords ?? r.summary?.successfulRecords,
    }),
    createdAt: toIsoTimestamp(r.createdAt),
    updatedAt: toIsoTimestamp(r.updatedAt),
    startedAt: toIsoTimestamp(r.startedAt),
    completedAt: toIsoTimestamp(r.completedAt),
    runErrors: toRunErrors(r.summary?.errors),
  };
}

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
