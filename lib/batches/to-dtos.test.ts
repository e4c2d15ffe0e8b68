import { describe, expect, it } from "vitest";
import type { CustomerProfile } from "@/lib/digitization/client/model";
import { toErroredPageDto, toRecordsPageDto } from "./to-batch-dtos";
import { toProfileDto } from "./to-profile-dto";

const EID = "784300000001855";

describe("batch DTOs", () => {
  it("masks the document number of records", () => {
    const dto = toRecordsPageDto({ page: 1, limit: 10, totalCount: 1, totalPages: 1, records: [{ documentNumber: EID, status: "success", businessErrors: [] }] });
    expect(dto.records[0]).toMatchObject({ documentNumberMasked: "784-****-****185-5", customerId: null, status: "success" });
    expect(JSON.stringify(dto)).not.toContain(EID);
  });

  it("masks the errored input's Emirates ID and drops fields outside the template", () => {
    const dto = toErroredPageDto({
      batchId: "b",
      pageNo: 2,
      hasNext: true,
      items: [{
        status: "failure",
        businessErrors: [],
        inputData: { customer_id: "1", eid_number: EID, name_on_eid: "A", dob: "01/01/1990", eid_issue_date: "", eid_expiry_date: "", onboarding_date: "", consent_version: "v1", person_selfie: "base64…" },
      }],
    });
    expect(dto.items[0]?.input.eid_number).toBe("784-****-****185-5");
    expect(dto.items[0]?.input).not.toHaveProperty("person_selfie");
    expect(JSON.stringify(dto)).not.toContain(EID);
  });
});

describe("profile DTO", () => {
  const profile: CustomerProfile = {
    batchId: "b",
    customerId: "100010",
    status: "success",
    biometricCompleted: true,
    digitisedOn: null,
    sections: {
      travelInfo: { lastEntryDate: "2024-01-01" },
      residenceInfo: { emiratesIdNumber: EID, cardNumber: "123" },
      personalInfo: { fullNameEn: "KARTIK NAIK", fullNameAr: null, dateOfBirth: "1993-07-27", genderEn: null, currentNationality: "IND", personClass: null, immigrationStatus: null, insideUAE: true },
      emptySection: {},
    },
  };

  it("orders known sections first and drops empty ones", () => {
    expect(toProfileDto(profile).sections.map((s) => s.key)).toEqual(["personalInfo", "residenceInfo", "travelInfo"]);
  });

  it("never sends the Emirates ID unmasked", () => {
    const dto = toProfileDto(profile);
    expect(dto.emiratesIdMasked).toBe("784-****-****185-5");
    expect(JSON.stringify(dto)).not.toContain(EID);
  });
});
