import "server-only";
import { z } from "zod";
import { DigitizationError } from "./errors";
import type { CustomerDataResult, CustomerRecordFailed, PersonalInfo, ProfileSection, ProfileSections, ResidenceInfo, SectionValue } from "./model";
import {
  assertEnvelopeSuccess, businessErrorsField, detectDialect, guideEnvelope, optFlag, optText, optTimestamp, parseOrThrow,
  recordErrorLists, recordErrorsField, toBoolean, toBusinessErrors, toCalendarDate, toEidNumber, toIsoTimestamp, toText,
} from "./normalize";
import { assertBatchId, callApi, errorFromResponse, expectJson, tryParseJson, type ApiResponse, type ApiTarget, type TransportOptions } from "./transport";

// POST /batch/{id}/getCustomerData in both dialects. A failed record answers with its
// errors instead of data; that is a normal outcome (a result variant), not an exception.

const sections = z.record(z.string(), z.unknown()).nullish().catch(undefined);
const errorFields = {
  business_errors: businessErrorsField,
  businessErrors: businessErrorsField,
  business_error: businessErrorsField,
  errors: recordErrorsField,
  message: optText,
};

const customerGuideSchema = guideEnvelope(
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

const customerReferenceSchema = z.object({
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

// The `data.data` tree of getCustomerData: personalInfo and residenceInfo are typed, every
// further section (visa, passport, sponsor, ...) passes through. Sections vary by
// organization, so a missing section or field is normal and reads as null.

/** `personal_info`, `PersonalInfo` and `personalInfo` name the same thing. */
const canon = (key: string) => key.replace(/_/g, "").toLowerCase();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Nested objects and arrays become dotted keys (`address.city`, `travels.0.date`). */
function flatten(value: unknown, path: string, out: ProfileSection): void {
  if (typeof value === "string") out[path] = value.trim() === "" ? null : value;
  else if (typeof value === "number" || typeof value === "boolean") out[path] = value;
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) flatten(v, `${path}.${k}`, out);
  else out[path] = null;
}

function toSection(raw: unknown): ProfileSection {
  const out: ProfileSection = {};
  if (isObject(raw)) for (const [k, v] of Object.entries(raw)) flatten(v, k, out);
  return out;
}

/** Takes a known field out of the section under any spelling, leaving the rest as extras. */
function take(section: ProfileSection, name: string): SectionValue {
  const key = Object.keys(section).find((k) => canon(k) === canon(name));
  if (key === undefined) return null;
  const value = section[key] ?? null;
  delete section[key];
  return value;
}

function toPersonalInfo(raw: unknown): PersonalInfo {
  const s = toSection(raw);
  return {
    fullNameEn: toText(take(s, "fullNameEn")),
    fullNameAr: toText(take(s, "fullNameAr")),
    dateOfBirth: toCalendarDate(take(s, "dateOfBirth")),
    genderEn: toText(take(s, "genderEn")),
    currentNationality: toText(take(s, "currentNationality")),
    personClass: toText(take(s, "personClass")),
    immigrationStatus: toText(take(s, "immigrationStatus")),
    insideUAE: toBoolean(take(s, "insideUAE")),
    ...s,
  };
}

function toResidenceInfo(raw: unknown): ResidenceInfo {
  const s = toSection(raw);
  const eid = take(s, "emiratesIdNumber") ?? take(s, "eidNumber") ?? take(s, "documentNumber");
  return { emiratesIdNumber: toEidNumber(eid), ...s };
}

function toProfileSections(tree: Record<string, unknown> | null | undefined): ProfileSections {
  const others: Record<string, ProfileSection> = {};
  let personal: unknown;
  let residence: unknown;
  for (const [name, value] of Object.entries(tree ?? {})) {
    if (canon(name) === "personalinfo") personal = value;
    else if (canon(name) === "residenceinfo") residence = value;
    else if (isObject(value)) others[name] = toSection(value);
    // A scalar or null at section level carries no fields; nothing to pass through.
  }
  return { ...others, personalInfo: toPersonalInfo(personal), residenceInfo: toResidenceInfo(residence) };
}

function readAnswer(res: ApiResponse, customerId: string): CustomerDataResult {
  // A failed record may come back as a 4xx that carries its business errors; that is an
  // answer about the record, not a failed call. Auth and not-found stay errors.
  if (res.status >= 400 && res.status < 500 && res.status !== 401 && res.status !== 404) {
    const failure = readCustomerFailure(tryParseJson(res.text), customerId);
    if (failure) return { kind: "record_failed", failure };
    throw errorFromResponse(res);
  }
  return parseCustomerDataBody(expectJson(res, "customer data"), customerId);
}

/** POST /batch/{batchId}/getCustomerData — the digitised profile, or the record's errors. */
export async function getCustomerData(
  input: ApiTarget & { batchId: string; customerId: string },
  options: TransportOptions = {},
): Promise<CustomerDataResult> {
  const batchId = assertBatchId(input.batchId);
  // Sent exactly as given (it is the bank's own identifier); only a blank one is refused.
  const customerId = input.customerId;
  if (typeof customerId !== "string" || customerId.trim() === "") {
    throw new DigitizationError("invalid_input", "The customer id must be a non-empty string");
  }
  const body = JSON.stringify({ customer_id: customerId });
  return callApi(
    input,
    { operation: "getCustomerData", method: "POST", path: `/${batchId}/getCustomerData`, body: () => body },
    options,
    (res) => readAnswer(res, customerId),
  );
}
