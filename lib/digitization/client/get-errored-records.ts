import "server-only";
import { z } from "zod";
import type { ErroredInputData, ErroredItem, ErroredPage } from "./model";
import {
  assertEnvelopeSuccess, businessErrorsField, detectDialect, guideEnvelope, optCount, optFlag, optText, parseOrThrow,
  recordErrorLists, recordErrorsField, toBoolean, toBusinessErrors, toCount, toRecordStatus, toText,
} from "./normalize";
import { assertBatchId, assertPageNumber, callApi, expectJson, type ApiTarget, type TransportOptions } from "./transport";

// GET /batch/{id}/errored?page_no= in both dialects, normalised to ErroredPage.
// Note the guide's own mix: snake_case `page_no` beside camelCase `hasNext`.

const REQUIRED_INPUT = [
  "customer_id", "eid_number", "name_on_eid", "dob",
  "eid_issue_date", "eid_expiry_date", "onboarding_date", "consent_version",
] as const;
const OPTIONAL_INPUT = ["card_number", "eid_front_img", "eid_back_img", "person_selfie"] as const;

const inputDataSchema = z.record(z.string(), z.unknown()).nullish().catch(undefined);

const erroredItemSchema = z.object({
  status: optText,
  business_errors: businessErrorsField,
  businessErrors: businessErrorsField,
  business_error: businessErrorsField,
  errors: recordErrorsField,
  input_data: inputDataSchema,
  inputData: inputDataSchema,
});

const items = z.array(erroredItemSchema).nullish();
const hasItems = (p: { data?: unknown; items?: unknown }) => p.data != null || p.items != null;
const missingItems = { message: "errored records array missing" };

const erroredGuideSchema = guideEnvelope(
  z
    .object({ batch_id: optText, page_no: optCount, hasNext: optFlag, has_next: optFlag, data: items, items })
    .refine(hasItems, missingItems),
);

const erroredReferenceSchema = z
  .object({ batchId: optText, pageNo: optCount, hasNext: optFlag, data: items, items })
  .refine(hasItems, missingItems);

/** The CSV row stays exactly as uploaded: no trimming, no date conversion. */
function toInputData(raw: Record<string, unknown> | null | undefined): ErroredInputData {
  const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);
  const out = {} as ErroredInputData;
  for (const key of REQUIRED_INPUT) out[key] = text(raw?.[key]) ?? "";
  for (const key of OPTIONAL_INPUT) {
    const value = text(raw?.[key]);
    if (value !== null) out[key] = value;
  }
  return out;
}

function toItem(i: z.output<typeof erroredItemSchema>): ErroredItem {
  return {
    status: toRecordStatus(i.status ?? "failure"),
    businessErrors: toBusinessErrors([i.business_errors, i.businessErrors, i.business_error, ...recordErrorLists(i.errors)]),
    inputData: toInputData(i.input_data ?? i.inputData),
  };
}

function readPage(body: unknown): z.output<typeof erroredReferenceSchema> {
  if (detectDialect(body) === "reference") return parseOrThrow(erroredReferenceSchema, body, "errored records");
  const envelope = parseOrThrow(erroredGuideSchema, body, "errored records");
  assertEnvelopeSuccess(envelope);
  const d = envelope.data;
  return { ...d, batchId: d.batch_id, pageNo: d.page_no, hasNext: d.hasNext ?? d.has_next };
}

export function parseErroredBody(body: unknown, requestedPageNo: number): ErroredPage {
  const p = readPage(body);
  return {
    batchId: toText(p.batchId),
    pageNo: toCount(p.pageNo) || requestedPageNo,
    // Absent hasNext reads as "no next page": a client must never loop on a missing flag.
    hasNext: toBoolean(p.hasNext) ?? false,
    items: (p.data ?? p.items ?? []).map(toItem),
  };
}

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
