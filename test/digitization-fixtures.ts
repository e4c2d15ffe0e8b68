// Payloads written from shared/spec/digitization-api.md, one per endpoint and dialect, for
// the client's tests. Test-only data; nothing here is imported by the client itself.

export const BATCH_ID = "3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c";
export const API_KEY = "tk_live_S3cr3t-Key-0123456789abcdef";

export const ERROR_BODIES = {
  missingKey: { code: "0000000100", message: "Invalid Authorization: missing API key", parameter: "" },
  invalidKey: { code: "0000000200", message: "Invalid Authorization", parameter: "" },
  notFound: { code: "0701020100", message: "Batch not found", parameter: "" },
} as const;

export const referenceStatus = {
  batchId: BATCH_ID,
  status: "completed",
  totalRecords: 3,
  processedRecords: 3,
  failedRecords: 1,
  createdAt: "2026-03-12T08:00:00.123Z",
  updatedAt: "2026-03-12T08:05:00.123456Z",
  startedAt: "2026-03-12T08:01:00.123456789Z",
  completedAt: "2026-03-12T08:05:00.123Z",
  summary: {
    successfulRecords: 2,
    errors: [
      { errorDetail: { category: "RESIDENT_LOOKUP", message: "1 record could not be matched" }, error: "legacy text" },
      { error: "only the legacy string" },
    ],
  },
};

export const guideStatus = {
  data: {
    status: "PROCESSING",
    total_records: 10,
    processed_records: 4,
    errored_records: 1,
    csv_template_type: "EID",
    csv_header: [
      "customer_id", "eid_number", "onboarding_date", "consent_version",
      "name_on_eid", "eid_issue_date", "eid_expiry_date", "dob",
    ],
    created_at: "2026-03-12T08:00:00.123456789",
    updated_at: "2026-03-12T08:02:00.5Z",
  },
  message: "Batch status fetched successfully",
  success: true,
};

const baseRecord = {
  batch_id: BATCH_ID,
  transaction_id: "0b8f8a8e-1c1d-4e2f-8a3b-4c5d6e7f8091",
  digitization_id: "1c9f8a8e-1c1d-4e2f-8a3b-4c5d6e7f8092",
  document_type: "EID",
  onboarding_date: "12/03/2026",
  consent_version: "v1",
  created_at: "2026-03-12T08:01:00.000001Z",
  updated_at: "2026-03-12T08:01:30Z",
};

export const successRecord = {
  ...baseRecord,
  id: "2d9f8a8e-1c1d-4e2f-8a3b-4c5d6e7f8093",
  customer_id: "100010",
  status: "success",
  document_number: "784300000001855",
  name_on_document: "Kartik Naik",
  date_of_birth: "27/07/1993",
  document_issue_date: "01/01/2024",
  document_expiry_date: "2027-01-01",
  validity: "VALID",
  errors: {},
};

export const failureRecord = {
  ...baseRecord,
  id: "3e9f8a8e-1c1d-4e2f-8a3b-4c5d6e7f8094",
  customer_id: "100011",
  status: "failure",
  document_number: "784-3000-0000171-5",
  name_on_document: "Test Expired",
  errors: {
    business_error: [{ error: "EXPIRED_EID", message: "EmiratesID is Expired", step: "VALIDATE_RESIDENT_INFO" }],
  },
};

export const guideRecordsPage = {
  data: { page: 1, limit: 10, total_count: 2, total_pages: 1, records: [successRecord, failureRecord] },
  message: "Batch records fetched successfully",
  success: true,
};

export const guideErroredPage = {
  data: {
    batch_id: BATCH_ID,
    page_no: 1,
    hasNext: true,
    data: [
      {
        status: "failure",
        business_errors: [{ error: "RESIDENT_NOT_FOUND", message: "Resident not found in ICP", step: "GET_RESIDENT_DATA" }],
        input_data: {
          customer_id: "100011",
          eid_number: "784-3000-0000171-5",
          name_on_eid: " Test  Spaces ",
          dob: "27/07/1993",
          eid_issue_date: "01/01/2024",
          eid_expiry_date: "01/01/2026",
          onboarding_date: "12/03/2026",
          consent_version: "Ver_2.1",
          card_number: "",
          extra_column: "ignored",
        },
      },
    ],
  },
  message: "Errored records fetched successfully",
  success: true,
};

export const guideCustomerData = {
  data: {
    batch_id: BATCH_ID,
    status: "success",
    biometric_completed: false,
    digitised_on: "2026-03-12T08:01:30.123456Z",
    data: {
      personalInfo: {
        fullNameEn: "Kartik Naik",
        fullNameAr: "",
        dateOfBirth: "1993-07-27",
        genderEn: "Male",
        currentNationality: "IND",
        personClass: "Resident",
        immigrationStatus: "ACTIVE",
        insideUAE: "Yes",
        placeOfBirthEn: null,
      },
      residenceInfo: { emiratesIdNumber: "784300000001855", residencyExpiryDate: "2028-01-01" },
      passportInfo: { passportNumber: "Z1234567", issuingCountry: "IND", previous: [{ number: "Y7654321" }], note: "" },
      sponsorInfo: null,
    },
  },
  message: "Customer data fetched successfully",
  success: true,
};

export const guideCustomerFailure = {
  data: {
    batch_id: BATCH_ID,
    customer_id: "100011",
    status: "failure",
    errors: {
      business_error: [
        { error: "RESIDENT_NOT_FOUND", message: "Resident not found in ICP", step: "GET_RESIDENT_DATA" },
      ],
    },
  },
  message: "Customer data is not available for a failed record",
  success: false,
};
