import { describe, expect, it } from "vitest";
import type { ErroredItem } from "@/lib/digitization/client/model";
import { countErrorCodes } from "./count-error-codes";

const item = (...codes: string[]): ErroredItem => ({
  status: "failure",
  businessErrors: codes.map((error) => ({ error, message: `${error} text`, step: "VALIDATE_RESIDENT_INFO" })),
  inputData: { customer_id: "1", eid_number: "", name_on_eid: "", dob: "", eid_issue_date: "", eid_expiry_date: "", onboarding_date: "", consent_version: "" },
});

describe("countErrorCodes", () => {
  it("counts records per code, most frequent first", () => {
    const counts = countErrorCodes([item("EXPIRED_EID"), item("RESIDENT_NOT_FOUND"), item("EXPIRED_EID")]);
    expect(counts).toEqual([
      { code: "EXPIRED_EID", message: "EXPIRED_EID text", count: 2 },
      { code: "RESIDENT_NOT_FOUND", message: "RESIDENT_NOT_FOUND text", count: 1 },
    ]);
  });

  it("counts a record once per distinct code", () => {
    expect(countErrorCodes([item("EXPIRED_EID", "EXPIRED_EID", "MARITAL_STATUS_DEAD")]).map((c) => c.count)).toEqual([1, 1]);
  });

  it("keeps a failed record without errors visible as UNKNOWN", () => {
    expect(countErrorCodes([item()])).toEqual([{ code: "UNKNOWN", message: null, count: 1 }]);
  });
});
