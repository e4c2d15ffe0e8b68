// POST /batch/{id}/getCustomerData in both dialects. A failed record answers with its
// errors instead of data; that is a normal outcome (a result variant), not an exception.
import { z } from "zod";
import { recordErrorLists, toBusinessErrors } from "./business-errors";
import { assertEnvelopeSuccess, detectDialect, parseOrThrow } from "./dialect";
import type { CustomerDataResult, CustomerRecordFailed } from "./model";
import { toBoolean, toIsoTimestamp, toText } from "./normalize-values";
import { toProfileSections } from "./profile-sections";
import { businessErrorsField, guideEnvelope, optFlag, optText, optTimestamp, recordErrorsField } from "./schema-fields";

const sections = z.record(z.string(), z.unknown()).nullish().catch(undefined);
const errorFields = {
  business_errors: businessErrorsField,
  businessErrors: businessErrorsField,
  business_error: businessErrorsField,
  errors: recordErrorsField,
  message: optText,
};

export const customerGuideSchema = guideEnvelope(
  z
    .object({
      batch_id: optText,
      customer_id: optText,
      status: optText,
      biometric_completed: optFlag,
      digitised_on: optTimestamp,
      data: sections,
      ...errorFields,
    })
    .nullish(),
);

export const customerReferenceSchema = z.object({
  batchId: optText,
  customerId: optText,
  status: optText,
  biometricCompleted: optFlag,
  digitisedOn: optTimestamp,
  data: sections,
  success: optFlag,
  code: optText,
  ...errorFields,
});

type Normalised = z.output<typeof customerReferenceSchema>;

function read(body: unknown): Normalised {
  if (detectDialect(body) === "reference") return parseOrThrow(customerReferenceSchema, body, "customer data");
  const { data: d, message, success, code } = parseOrThrow(customerGuideSchema, body, "customer data");
  return {
    ...d,
    batchId: d?.batch_id,
    customerId: d?.customer_id,
    biometricCompleted: d?.biometric_completed,
    digitisedOn: d?.digitised_on,
    message: d?.message ?? message,
    success,
    code,
  };
}

const FAILED = new Set(["failure", "failed", "error"]);

function failureOf(n: Normalised, customerId: string): CustomerRecordFailed | null {
  const businessErrors = toBusinessErrors([
    n.business_errors, n.businessErrors, n.business_error, ...recordErrorLists(n.errors),
  ]);
  const status = toText(n.status);
  if (businessErrors.length === 0 && !FAILED.has(status?.toLowerCase() ?? "")) return null;
  return { batchId: toText(n.batchId), customerId: toText(n.customerId) ?? customerId, status, message: toText(n.message), businessErrors };
}

/** For a 4xx body: the failed-record details when that is what it holds, else null. */
export function readCustomerFailure(body: unknown, customerId: string): CustomerRecordFailed | null {
  try {
    return failureOf(read(body), customerId);
  } catch {
    return null;
  }
}

export function parseCustomerDataBody(body: unknown, customerId: string): CustomerDataResult {
  const n = read(body);
  const failure = failureOf(n, customerId);
  if (failure) return { kind: "record_failed", failure };
  assertEnvelopeSuccess(n);
  return {
    kind: "profile",
    profile: {
      batchId: toText(n.batchId),
      customerId: toText(n.customerId) ?? customerId,
      status: toText(n.status),
      biometricCompleted: toBoolean(n.biometricCompleted),
      digitisedOn: toIsoTimestamp(n.digitisedOn),
      sections: toProfileSections(n.data),
    },
  };
}
