// The portal's one internal shape of Digitization API data, whatever dialect the API spoke.
// Types only: browser code (tables, badges) imports this file, so it must stay free of
// "server-only", zod and I/O. Normalisers that produce these shapes live beside it.

/** Batch lifecycle. `unknown` keeps an unrecognised value visible instead of crashing. */
export type BatchStatus = "pending" | "in_progress" | "completed" | "failed" | "unknown";

/** A run-level error from `summary.errors[]`; branch on `category`, never on `message`. */
export interface RunError {
  category: string;
  message: string | null;
}

/** A record-level business error (`RESIDENT_NOT_FOUND`, `EXPIRED_EID`, ...); branch on `error`. */
export interface BusinessError {
  error: string;
  message: string | null;
  step: string | null;
}

export interface BatchSummary {
  batchId?: string;
  status: BatchStatus;
  /** The value as the API sent it (e.g. `PROCESSING`), or null when absent. */
  rawStatus: string | null;
  totalRecords: number;
  processedRecords: number;
  failedRecords: number;
  successfulRecords: number;
  /** ISO-8601 with millisecond precision, or null when absent or unparseable. */
  createdAt: string | null;
  updatedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  csvTemplateType?: string;
  csvHeader?: string[];
  runErrors: RunError[];
}

export type RecordStatus = "success" | "failure" | "unknown";

/** One processed row. The API promises no field, so every field but the errors is optional. */
export interface BatchRecord {
  id?: string;
  batchId?: string;
  customerId?: string;
  status?: RecordStatus;
  rawStatus?: string;
  transactionId?: string;
  digitizationId?: string;
  documentType?: string;
  /** 15 bare digits when recognisable (same value as `eid_number` / `emiratesIdNumber`). */
  documentNumber?: string;
  nameOnDocument?: string;
  /** Calendar dates as YYYY-MM-DD when recognisable (DD/MM/YYYY or ISO), else as sent. */
  dateOfBirth?: string;
  documentIssueDate?: string;
  documentExpiryDate?: string;
  onboardingDate?: string;
  consentVersion?: string;
  validity?: string;
  businessErrors: BusinessError[];
  createdAt?: string;
  updatedAt?: string;
}

export interface RecordsPage {
  page: number;
  limit: number;
  totalCount: number;
  totalPages: number;
  records: BatchRecord[];
}

/** The original CSV row of a failed record: exact strings, dates stay DD/MM/YYYY. */
export interface ErroredInputData {
  customer_id: string;
  eid_number: string;
  name_on_eid: string;
  dob: string;
  eid_issue_date: string;
  eid_expiry_date: string;
  onboarding_date: string;
  consent_version: string;
  card_number?: string;
  eid_front_img?: string;
  eid_back_img?: string;
  person_selfie?: string;
}

export interface ErroredItem {
  status: RecordStatus;
  businessErrors: BusinessError[];
  inputData: ErroredInputData;
}

export interface ErroredPage {
  batchId: string | null;
  pageNo: number;
  hasNext: boolean;
  items: ErroredItem[];
}

/** Absent, null and "" all arrive here as null. */
export type SectionValue = string | number | boolean | null;
export type ProfileSection = Record<string, SectionValue>;

export interface PersonalInfo {
  [field: string]: SectionValue;
  fullNameEn: string | null;
  fullNameAr: string | null;
  /** YYYY-MM-DD. */
  dateOfBirth: string | null;
  genderEn: string | null;
  /** ISO 3166 alpha-3. */
  currentNationality: string | null;
  personClass: string | null;
  immigrationStatus: string | null;
  /** From the API's "Yes"/"No" strings. */
  insideUAE: boolean | null;
}

export interface ResidenceInfo {
  [field: string]: SectionValue;
  /** 15 bare digits when recognisable. */
  emiratesIdNumber: string | null;
}

/** Named sections always exist (fields null when the API omitted them); others pass through. */
export interface ProfileSections {
  [section: string]: ProfileSection;
  personalInfo: PersonalInfo;
  residenceInfo: ResidenceInfo;
}

export interface CustomerProfile {
  batchId: string | null;
  customerId: string;
  status: string | null;
  biometricCompleted: boolean | null;
  digitisedOn: string | null;
  sections: ProfileSections;
}

/** A failed record has no profile: the API answers with its errors, which is not an exception. */
export interface CustomerRecordFailed {
  batchId: string | null;
  customerId: string;
  status: string | null;
  message: string | null;
  businessErrors: BusinessError[];
}

export type CustomerDataResult =
  | { kind: "profile"; profile: CustomerProfile }
  | { kind: "record_failed"; failure: CustomerRecordFailed };

export interface SubmitResult {
  batchId: string;
  status: BatchStatus;
  rawStatus: string | null;
  /** true on 201 (new batch), false on 200 (idempotent repeat of an earlier submission). */
  created: boolean;
}
