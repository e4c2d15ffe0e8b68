// The getCustomerData tree. The public example stops at residenceInfo.emiratesIdNumber; the
// further sections are the sandbox's own ICP-style design, documented in docs/sandbox.md.
import type { Resident } from "../registry/resident-registry";

const yesNo = (b: boolean) => (b ? "Yes" : "No");

export type ProfileContext = { transactionId: string | null; digitizationId: string | null; digitisedOn: string };

export function customerProfile(r: Resident, ctx: ProfileContext) {
  return {
    personalInfo: {
      fullNameEn: r.fullNameEn,
      fullNameAr: r.fullNameAr,
      dateOfBirth: r.dateOfBirth,
      genderEn: r.genderEn,
      currentNationality: r.nationality,
      personClass: r.personClass,
      immigrationStatus: r.immigrationStatus,
      insideUAE: yesNo(r.insideUae),
      maritalStatusEn: r.maritalStatusEn,
    },
    residenceInfo: {
      emiratesIdNumber: r.emiratesIdNumber,
      cardNumber: r.cardNumber,
      cardIssueDate: r.cardIssueDate,
      cardExpiryDate: r.cardExpiryDate,
      emirateEn: r.emirateEn,
      currentCountryAbbr: r.currentCountryAbbr,
    },
    // Citizens hold no residence visa and have no sponsor: those sections are null.
    immigrationInfo: r.visa && {
      fileNumber: r.visa.fileNumber,
      visaType: r.visa.visaType,
      visaIssueDate: r.visa.issueDate,
      visaExpiryDate: r.visa.expiryDate,
      professionEn: r.visa.professionEn,
      imgStatus: r.imgStatus,
      inGCC: yesNo(r.inGcc),
    },
    passportInfo: { ...r.passport },
    sponsorInfo: r.sponsor && { ...r.sponsor },
    travelInfo: { ...r.travel, insideUAE: yesNo(r.insideUae) },
    digitisationReport: {
      transactionId: ctx.transactionId,
      digitizationId: ctx.digitizationId,
      digitisedOn: ctx.digitisedOn,
      source: "SANDBOX_SYNTHETIC_REGISTRY",
      steps: ["VALIDATE_INPUT", "GET_RESIDENT_DATA", "VALIDATE_RESIDENT_INFO"].map((step) => ({ step, result: "PASSED" })),
    },
  };
}
