// One processed record, in either casing. The spec makes every record field optional, so the
// schema lists both spellings side by side and the normaliser takes whichever is present.
import { z } from "zod";
import { recordErrorLists, toBusinessErrors } from "./business-errors";
import type { BatchRecord } from "./model";
import { toRecordStatus } from "./normalize-status";
import { toCalendarDate, toEidNumber, toIsoTimestamp, toText } from "./normalize-values";
import { businessErrorsField, optText, optTimestamp, recordErrorsField } from "./schema-fields";

export const recordSchema = z.object({
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

export function toBatchRecord(r: RecordInput): BatchRecord {
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
