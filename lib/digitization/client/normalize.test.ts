import { describe, expect, it } from "vitest";
import * as f from "@/test/digitization-fixtures";
import { DigitizationError } from "./errors";
import { parseCustomerDataBody, readCustomerFailure } from "./get-customer-data";
import { parseRecordsBody } from "./get-batch-records";
import { parseBatchStatusBody } from "./get-batch-status";
import { parseErroredBody } from "./get-errored-records";
import { detectDialect, isTerminalStatus, toBatchStatus, toBoolean, toCalendarDate, toCount, toEidNumber, toIsoTimestamp, toRecordStatus, toText } from "./normalize";
import { parseSubmitBody } from "./submit-batch";

describe("toIsoTimestamp", () => {
  it.each([
    ["2026-03-12T08:00:00.123Z", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T08:00:00.123456Z", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T08:00:00.123456789Z", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T08:00:00.999999999", "2026-03-12T08:00:00.999Z"],
    ["2026-03-12T08:00:00", "2026-03-12T08:00:00.000Z"],
    ["2026-03-12 08:00:00.5", "2026-03-12T08:00:00.500Z"],
    ["2026-03-12T12:00:00.123456+04:00", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T12:00:00+0400", "2026-03-12T08:00:00.000Z"],
    ["2026-03-12", "2026-03-12T00:00:00.000Z"],
  ])("reads %s", (input, expected) => {
    expect(toIsoTimestamp(input)).toBe(expected);
  });

  it.each([null, undefined, "", "yesterday", "2024-02-30T00:00:00Z", "12/03/2026", 1710000000000])(
    "gives null for %s",
    (input) => expect(toIsoTimestamp(input)).toBeNull(),
  );
});

describe("other value normalisers", () => {
  it("reads calendar dates in both published formats", () => {
    expect(toCalendarDate("27/07/1993")).toBe("1993-07-27");
    expect(toCalendarDate("1993-07-27")).toBe("1993-07-27");
    expect(toCalendarDate("1993-07-27T00:00:00Z")).toBe("1993-07-27");
    expect(toCalendarDate("31/02/1993")).toBe("31/02/1993"); // not a date: kept as sent
    expect(toCalendarDate("")).toBeNull();
  });

  it("treats dashed and bare Emirates IDs as one value", () => {
    expect(toEidNumber("784-3000-0000185-5")).toBe("784300000001855");
    expect(toEidNumber("784-1993-1234567-1")).toBe("784199312345671");
    expect(toEidNumber("784199312345671")).toBe("784199312345671");
    expect(toEidNumber("7.84300000001855E+14")).toBe("7.84300000001855E+14");
    expect(toEidNumber(null)).toBeNull();
  });

  it("folds absent, null and blank into null", () => {
    expect([toText(undefined), toText(null), toText(""), toText("  ")]).toEqual([null, null, null, null]);
    expect(toText(" x ")).toBe(" x ");
    expect(toText(100010)).toBe("100010");
  });

  it("reads counts and flags leniently", () => {
    expect([toCount(3), toCount("4"), toCount(-1), toCount(1.5), toCount("x"), toCount(null)]).toEqual([3, 4, null, null, null, null]);
    expect([toBoolean("Yes"), toBoolean("no"), toBoolean(true), toBoolean("TRUE"), toBoolean("maybe")]).toEqual([true, false, true, true, null]);
  });
});

describe("statuses", () => {
  it.each([
    ["pending", "pending"],
    ["PENDING", "pending"],
    ["in_progress", "in_progress"],
    ["IN_PROGRESS", "in_progress"],
    ["PROCESSING", "in_progress"],
    ["processing", "in_progress"],
    ["In-Progress", "in_progress"],
    ["COMPLETED", "completed"],
    ["completed", "completed"],
    ["FAILED", "failed"],
    ["Failed", "failed"],
    ["ARCHIVED", "unknown"],
  ] as const)("maps %s to %s and keeps the raw value", (raw, status) => {
    expect(toBatchStatus(raw)).toEqual({ status, rawStatus: raw });
  });

  it("never throws on odd input", () => {
    expect(toBatchStatus(undefined)).toEqual({ status: "unknown", rawStatus: null });
    expect(toBatchStatus(42)).toEqual({ status: "unknown", rawStatus: null });
    expect(toRecordStatus("SUCCESS")).toBe("success");
    expect(toRecordStatus("Failure")).toBe("failure");
    expect(toRecordStatus("skipped")).toBe("unknown");
  });

  it("knows the terminal states", () => {
    expect(["pending", "in_progress", "completed", "failed", "unknown"].map((s) => isTerminalStatus(s as never))).toEqual([
      false, false, true, true, false,
    ]);
  });
});

// Every endpoint's answer in both dialects.
function malformed(run: () => unknown): DigitizationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DigitizationError);
    expect((error as DigitizationError).kind).toBe("malformed_response");
    return error as DigitizationError;
  }
  throw new Error("expected malformed_response");
}

describe("dialect detection", () => {
  it("tells an envelope from a payload that has its own data field", () => {
    expect(detectDialect(f.guideStatus)).toBe("guide");
    expect(detectDialect(f.referenceStatus)).toBe("reference");
    expect(detectDialect({ data: { x: 1 } })).toBe("guide"); // message and success missing
    expect(detectDialect({ batchId: f.BATCH_ID, status: "success", data: { personalInfo: {} } })).toBe("reference");
    expect(detectDialect({ batchId: f.BATCH_ID, data: [] })).toBe("reference");
  });
});

describe("batch status", () => {
  it("normalises the reference dialect", () => {
    expect(parseBatchStatusBody(f.referenceStatus)).toEqual({
      batchId: f.BATCH_ID,
      status: "completed",
      rawStatus: "completed",
      totalRecords: 3,
      processedRecords: 3,
      failedRecords: 1,
      successfulRecords: 2,
      createdAt: "2026-03-12T08:00:00.123Z",
      updatedAt: "2026-03-12T08:05:00.123Z",
      startedAt: "2026-03-12T08:01:00.123Z",
      completedAt: "2026-03-12T08:05:00.123Z",
      runErrors: [
        { category: "RESIDENT_LOOKUP", message: "1 record could not be matched" },
        { category: "unknown", message: "only the legacy string" },
      ],
    });
  });

  it("normalises the guide dialect, deriving successful = processed - failed", () => {
    const s = parseBatchStatusBody(f.guideStatus);
    expect(s).toMatchObject({
      status: "in_progress",
      rawStatus: "PROCESSING",
      totalRecords: 10,
      processedRecords: 4,
      failedRecords: 1,
      successfulRecords: 3,
      createdAt: "2026-03-12T08:00:00.123Z",
      updatedAt: "2026-03-12T08:02:00.500Z",
      startedAt: null,
      completedAt: null,
      csvTemplateType: "EID",
      runErrors: [],
    });
    expect(s.csvHeader).toHaveLength(8);
    expect(s.batchId).toBeUndefined();
  });

  it("survives odd variants: unknown status, no message, extra fields, nulls and blanks", () => {
    const body = {
      data: { status: "ARCHIVED", total_records: "5", processed_records: null, errored_records: 0, created_at: "", shiny: { x: 1 } },
      success: true,
      traceId: "abc",
    };
    expect(parseBatchStatusBody(body)).toMatchObject({
      status: "unknown",
      rawStatus: "ARCHIVED",
      totalRecords: 5,
      processedRecords: 0,
      successfulRecords: 0,
      createdAt: null,
    });
    expect(parseBatchStatusBody({ ...f.referenceStatus, status: "PENDING", summary: null, unexpected: true })).toMatchObject({
      status: "pending",
      successfulRecords: 2,
      runErrors: [],
    });
  });

  it("refuses bodies that fit neither dialect", () => {
    malformed(() => parseBatchStatusBody({}));
    malformed(() => parseBatchStatusBody({ data: { total_records: 3 } }));
    const e = malformed(() => parseBatchStatusBody({ batchId: f.BATCH_ID, status: { nested: true } }));
    expect(e.detail).toContain("status");
  });

  it("turns a 2xx envelope with success:false into rejected", () => {
    expect(() => parseBatchStatusBody({ data: { status: "pending" }, success: false, message: "nope" })).toThrow(
      // Our words, not the envelope's.
      expect.objectContaining({ kind: "rejected", message: "The Digitization API reported the request as unsuccessful" }),
    );
  });
});

describe("batch records", () => {
  it("normalises a guide page with a success and a failure record", () => {
    const page = parseRecordsBody(f.guideRecordsPage, { page: 1, limit: 10 });
    expect(page).toMatchObject({ page: 1, limit: 10, totalCount: 2, totalPages: 1 });
    const [ok, bad] = page.records;
    expect(ok).toMatchObject({
      customerId: "100010",
      status: "success",
      documentNumber: "784300000001855",
      dateOfBirth: "1993-07-27",
      documentIssueDate: "2024-01-01",
      documentExpiryDate: "2027-01-01",
      onboardingDate: "2026-03-12",
      validity: "VALID",
      createdAt: "2026-03-12T08:01:00.000Z",
      businessErrors: [],
    });
    expect(bad).toMatchObject({
      status: "failure",
      documentNumber: "784300000001715",
      businessErrors: [{ error: "EXPIRED_EID", message: "EmiratesID is Expired", step: "VALIDATE_RESIDENT_INFO" }],
    });
    expect(bad?.dateOfBirth).toBeUndefined();
  });

  it("tolerates errors as an array, business_errors, data.data and a bare object per record", () => {
    const e = { error: "RESIDENT_NOT_FOUND", message: "Resident not found in ICP", step: "GET_RESIDENT_DATA" };
    const body = {
      data: {
        total_count: 4,
        data: [
          { status: "FAILURE", errors: [e] },
          { status: "failure", errors: {}, business_errors: [e] },
          { status: "failure", errors: { business_errors: e } },
          { status: "weird", errors: "not an object", document_number: 784300000001855 },
        ],
      },
    };
    const page = parseRecordsBody(body, { page: 2, limit: 3 });
    expect(page).toMatchObject({ page: 2, limit: 3, totalCount: 4, totalPages: 2 });
    expect(page.records.map((r) => r.businessErrors.length)).toEqual([1, 1, 1, 0]);
    expect(page.records[3]).toMatchObject({ status: "unknown", rawStatus: "weird", documentNumber: "784300000001855" });
  });

  it("reads the camelCase variant and refuses a page without records", () => {
    const page = parseRecordsBody({ page: 1, limit: 10, totalCount: 1, totalPages: 1, records: [{ customerId: "7" }] }, { page: 1, limit: 10 });
    expect(page.records).toEqual([{ customerId: "7", businessErrors: [] }]);
    malformed(() => parseRecordsBody({ data: { page: 1 } }, { page: 1, limit: 10 }));
    malformed(() => parseRecordsBody({ data: { records: ["x"] } }, { page: 1, limit: 10 }));
  });
});

describe("errored records", () => {
  it("normalises a guide page, keeping the CSV row exactly", () => {
    const page = parseErroredBody(f.guideErroredPage, 1);
    expect(page).toMatchObject({ batchId: f.BATCH_ID, pageNo: 1, hasNext: true });
    expect(page.items[0]).toEqual({
      status: "failure",
      businessErrors: [{ error: "RESIDENT_NOT_FOUND", message: "Resident not found in ICP", step: "GET_RESIDENT_DATA" }],
      inputData: {
        customer_id: "100011",
        eid_number: "784-3000-0000171-5",
        name_on_eid: " Test  Spaces ",
        dob: "27/07/1993",
        eid_issue_date: "01/01/2024",
        eid_expiry_date: "01/01/2026",
        onboarding_date: "12/03/2026",
        consent_version: "Ver_2.1",
        card_number: "",
      },
    });
  });

  it("reads has_next, a reference page, and reads a missing hasNext as the last page", () => {
    expect(parseErroredBody({ data: { has_next: "true", data: [] } }, 3)).toEqual({ batchId: null, pageNo: 3, hasNext: true, items: [] });
    const ref = parseErroredBody({ batchId: f.BATCH_ID, pageNo: 2, data: [{ businessErrors: ["EXPIRED_EID"], inputData: { customer_id: 5 } }] }, 1);
    expect(ref).toMatchObject({ pageNo: 2, hasNext: false });
    expect(ref.items[0]?.businessErrors).toEqual([{ error: "EXPIRED_EID", message: null, step: null }]);
    expect(ref.items[0]?.inputData.customer_id).toBe("5");
    expect(ref.items[0]?.inputData.dob).toBe("");
  });
});

describe("customer data", () => {
  it("normalises a profile: typed sections, further sections passed through, blanks as null", () => {
    const result = parseCustomerDataBody(f.guideCustomerData, "100010");
    expect(result.kind).toBe("profile");
    if (result.kind !== "profile") return;
    const { profile } = result;
    expect(profile).toMatchObject({
      batchId: f.BATCH_ID,
      customerId: "100010",
      status: "success",
      biometricCompleted: false,
      digitisedOn: "2026-03-12T08:01:30.123Z",
    });
    expect(profile.sections.personalInfo).toEqual({
      fullNameEn: "Kartik Naik",
      fullNameAr: null,
      dateOfBirth: "1993-07-27",
      genderEn: "Male",
      currentNationality: "IND",
      personClass: "Resident",
      immigrationStatus: "ACTIVE",
      insideUAE: true,
      placeOfBirthEn: null,
    });
    expect(profile.sections.residenceInfo).toEqual({ emiratesIdNumber: "784300000001855", residencyExpiryDate: "2028-01-01" });
    expect(profile.sections.passportInfo).toEqual({
      passportNumber: "Z1234567",
      issuingCountry: "IND",
      "previous.0.number": "Y7654321",
      note: null,
    });
    expect(profile.sections.sponsorInfo).toBeUndefined();
  });

  it("gives all-null named sections when the organization receives none", () => {
    const result = parseCustomerDataBody({ data: { status: "success", data: null } }, "1");
    if (result.kind !== "profile") throw new Error("expected a profile");
    expect(result.profile.sections.personalInfo.fullNameEn).toBeNull();
    expect(result.profile.sections.residenceInfo.emiratesIdNumber).toBeNull();
  });

  it("reads snake_case section and field names and a reference body", () => {
    const result = parseCustomerDataBody(
      { batchId: f.BATCH_ID, status: "success", biometricCompleted: "true", data: { personal_info: { full_name_en: "A", inside_uae: "No" }, residence_info: { eid_number: "784-1993-1234567-1" } } },
      "9",
    );
    if (result.kind !== "profile") throw new Error("expected a profile");
    expect(result.profile.biometricCompleted).toBe(true);
    expect(result.profile.sections.personalInfo).toMatchObject({ fullNameEn: "A", insideUAE: false });
    expect(result.profile.sections.residenceInfo.emiratesIdNumber).toBe("784199312345671");
  });

  it("models a failed record as a result, not an exception", () => {
    expect(parseCustomerDataBody(f.guideCustomerFailure, "100011")).toEqual({
      kind: "record_failed",
      failure: {
        batchId: f.BATCH_ID,
        customerId: "100011",
        status: "failure",
        message: "Customer data is not available for a failed record",
        businessErrors: [{ error: "RESIDENT_NOT_FOUND", message: "Resident not found in ICP", step: "GET_RESIDENT_DATA" }],
      },
    });
    expect(readCustomerFailure({ code: "X", message: "Batch not completed" }, "1")).toBeNull();
    expect(readCustomerFailure("<html>", "1")).toBeNull();
  });

  it("rejects success:false without failure details", () => {
    expect(() => parseCustomerDataBody({ data: null, success: false, message: "Batch not completed" }, "1")).toThrow(
      expect.objectContaining({ kind: "rejected" }),
    );
  });
});

describe("submission", () => {
  it("reads both dialects and tells created from repeated", () => {
    expect(parseSubmitBody({ batchId: f.BATCH_ID, status: "pending" }, 201)).toEqual({
      batchId: f.BATCH_ID,
      status: "pending",
      rawStatus: "pending",
      created: true,
    });
    expect(parseSubmitBody({ data: { batch_id: f.BATCH_ID, status: "PENDING" }, success: true }, 200)).toMatchObject({
      status: "pending",
      created: false,
    });
  });

  it("refuses an answer without a usable batch id", () => {
    malformed(() => parseSubmitBody({ status: "pending" }, 201));
    malformed(() => parseSubmitBody({ data: { batch_id: "../other" } }, 201));
  });
});
