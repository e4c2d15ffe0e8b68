import "server-only";
// GET /batch/{id}/records?page=&limit= (plus the sandbox's documented filters) in both
// dialects, normalised to RecordsPage.
import { z } from "zod";
import type { BatchRecord, RecordsPage } from "./model";
import {
  assertEnvelopeSuccess, businessErrorsField, detectDialect, guideEnvelope, optCount, optText, optTimestamp, parseOrThrow,
  recordErrorLists, recordErrorsField, toBusinessErrors, toCalendarDate, toCount, toEidNumber, toIsoTimestamp, toRecordStatus, toText,
} from "./normalize";
import { assertBatchId, assertPageNumber, callApi, expectJson, type ApiTarget, type TransportOptions } from "./transport";

// One processed record, in either casing. The spec makes every record field optional, so the
// schema lists both spellings side by side and the normaliser takes whichever is present.

const recordSchema = z.object({
  id: optText,
  batch_id: optText,
  batchId: optText,
  customer_id: optText,
  customerId: optText,
  status: optText,
  transaction_id: optText,
  transactionId: optText,
  digitization_id: optText,
  digitizationId: optText,
  document_type: optText,
  documentType: optText,
  document_number: optText,
  documentNumber: optText,
  eid_number: optText,
  name_on_document: optText,
  nameOnDocument: optText,
  date_of_birth: optText,
  dateOfBirth: optText,
  document_issue_date: optText,
  documentIssueDate: optText,
  document_expiry_date: optText,
  documentExpiryDate: optText,
  onboarding_date: optText,
  onboardingDate: optText,
  consent_version: optText,
  consentVersion: optText,
  validity: z.union([z.string(), z.number(), z.boolean()]).nullish().catch(undefined),
  errors: recordErrorsField,
  business_errors: businessErrorsField,
  businessErrors: businessErrorsField,
  created_at: optTimestamp,
  createdAt: optTimestamp,
  updated_at: optTimestamp,
  updatedAt: optTimestamp,
});

type RecordInput = z.output<typeof recordSchema>;

/** Builds an object without the keys whose value is null, so optional fields stay absent. */
function present<T extends Record<string, string | null>>(fields: T): { [K in keyof T]?: string } {
  const out: { [K in keyof T]?: string } = {};
  for (const key of Object.keys(fields) as Array<keyof T>) {
    const value = fields[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

function toBatchRecord(r: RecordInput): BatchRecord {
  const rawStatus = toText(r.status);
  return {
    ...present({
      id: toText(r.id),
      batchId: toText(r.batch_id ?? r.batchId),
      customerId: toText(r.customer_id ?? r.customerId),
      rawStatus,
      transactionId: toText(r.transaction_id ?? r.transactionId),
      digitizationId: toText(r.digitization_id ?? r.digitizationId),
      documentType: toText(r.document_type ?? r.documentType),
      documentNumber: toEidNumber(r.document_number ?? r.documentNumber ?? r.eid_number),
      nameOnDocument: toText(r.name_on_document ?? r.nameOnDocument),
      dateOfBirth: toCalendarDate(r.date_of_birth ?? r.dateOfBirth),
      documentIssueDate: toCalendarDate(r.document_issue_date ?? r.documentIssueDate),
      documentExpiryDate: toCalendarDate(r.document_expiry_date ?? r.documentExpiryDate),
      onboardingDate: toCalendarDate(r.onboarding_date ?? r.onboardingDate),
      consentVersion: toText(r.consent_version ?? r.consentVersion),
      validity: r.validity == null ? null : toText(String(r.validity)),
      createdAt: toIsoTimestamp(r.created_at ?? r.createdAt),
      updatedAt: toIsoTimestamp(r.updated_at ?? r.updatedAt),
    }),
    ...(rawStatus === null ? {} : { status: toRecordStatus(rawStatus) }),
    businessErrors: toBusinessErrors([...recordErrorLists(r.errors), r.business_errors, r.businessErrors]),
  };
}

// GET /batch/{id}/records?page=&limit= in both dialects, normalised to RecordsPage.

const records = z.array(recordSchema).nullish();
const hasRecords = (page: { records?: unknown; data?: unknown }) => page.records != null || page.data != null;
const missingRecords = { message: "records array missing" };

/** Integration guide: `data.records[]` (some responses say `data.data[]`) with totals. */
const recordsGuideSchema = guideEnvelope(
  z
    .object({ page: optCount, limit: optCount, total_count: optCount, total_pages: optCount, records, data: records })
    .refine(hasRecords, missingRecords),
);

/** Reference style: the same page in camelCase, no envelope. */
const recordsReferenceSchema = z
  .object({ page: optCount, limit: optCount, totalCount: optCount, totalPages: optCount, records, data: records })
  .refine(hasRecords, missingRecords);

interface PageRequest {
  page: number;
  limit: number;
}

function readPage(body: unknown): z.output<typeof recordsReferenceSchema> {
  if (detectDialect(body) === "reference") return parseOrThrow(recordsReferenceSchema, body, "batch records");
  const envelope = parseOrThrow(recordsGuideSchema, body, "batch records");
  assertEnvelopeSuccess(envelope);
  const d = envelope.data;
  return { ...d, totalCount: d.total_count, totalPages: d.total_pages };
}

export function parseRecordsBody(body: unknown, requested: PageRequest): RecordsPage {
  const p = readPage(body);
  const list = (p.records ?? p.data ?? []).map(toBatchRecord);
  // Absent pagination fields fall back to what was asked for and what arrived.
  const limit = toCount(p.limit) || requested.limit;
  const totalCount = toCount(p.totalCount) ?? list.length;
  return {
    page: toCount(p.page) || requested.page,
    limit,
    totalCount,
    totalPages: toCount(p.totalPages) ?? Math.ceil(totalCount / limit),
    records: list,
  };
}

/** The records filters the sandbox documents; an API without them ignores them (see fetch-records-page). */
export interface RecordsFilter {
  status?: "success" | "failure";
  customerId?: string;
}

/** GET /batch/{batchId}/records?page=&limit=[&status=][&customer_id=] (API defaults: page 1, limit 10). */
export async function getBatchRecords(
  input: ApiTarget & RecordsFilter & { batchId: string; page?: number; limit?: number },
  options: TransportOptions = {},
): Promise<RecordsPage> {
  const batchId = assertBatchId(input.batchId);
  const page = assertPageNumber(input.page ?? 1, "page");
  const limit = assertPageNumber(input.limit ?? 10, "limit");
  const query: Record<string, string> = { page: String(page), limit: String(limit) };
  if (input.status) query.status = input.status;
  if (input.customerId) query.customer_id = input.customerId;
  return callApi(input, { operation: "getBatchRecords", method: "GET", path: `/${batchId}/records`, query }, options, (res) =>
    parseRecordsBody(expectJson(res, "batch records"), { page, limit }),
  );
}
