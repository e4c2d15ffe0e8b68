// The boundary the real service crosses to ICP (the federal identity authority). The sandbox
// answers from a synthetic implementation; a real connector would implement the same interface.
import type { RecordError } from "../errors/record-errors";

/** What the bank's row says, with dates already checked and converted to YYYY-MM-DD. */
export type RegistryRow = {
  customerId: string;
  nameOnEid: string;
  dateOfBirth: string;
  cardIssueDate: string;
  cardExpiryDate: string;
};

/** An ICP-style resident file. Dates are YYYY-MM-DD strings as the authority sends them. */
export type Resident = {
  emiratesIdNumber: string;
  cardNumber: string;
  cardIssueDate: string | null;
  /** As held by the authority: may be missing or malformed, which the service reports. */
  cardExpiryDate: string | null;
  fullNameEn: string;
  /** Empty when the authority holds no Arabic name. */
  fullNameAr: string;
  dateOfBirth: string;
  genderEn: "Male" | "Female";
  /** ISO 3166-1 alpha-3. */
  nationality: string;
  personClass: "Citizen" | "Resident";
  immigrationStatus: "ACTIVE" | "INACTIVE";
  maritalStatusEn: "Single" | "Married" | "Divorced" | "Widowed" | "Dead";
  insideUae: boolean;
  emirateEn: string;
  /** Residence country abbreviation; null when the authority has none. */
  currentCountryAbbr: string | null;
  inGcc: boolean;
  imgStatus: "ACTIVE" | "CANCELLED";
  visa: { fileNumber: string; visaType: string; professionEn: string; issueDate: string; expiryDate: string } | null;
  sponsor: { sponsorNumber: string; sponsorNameEn: string; sponsorType: "Establishment" | "Individual" } | null;
  passport: { passportNumber: string; passportType: "Ordinary"; issuingCountry: string; issueDate: string; expiryDate: string };
  travel: { lastEntryDate: string; lastExitDate: string; lastPortEn: string };
};

export type RegistryAnswer = Resident | { error: RecordError };

/** A question for the registry: a checked EID with its bank row. */
export type RegistryRequest = { eid: string; row: RegistryRow };

/**
 * What the service's rules (VALIDATE_RESIDENT_INFO, processing/check-resident.ts) read of a
 * resident file, and nothing more: judging a million records needs six facts per resident,
 * not the whole file.
 */
export type ResidentStatus = Pick<Resident, "immigrationStatus" | "cardExpiryDate" | "currentCountryAbbr" | "inGcc" | "imgStatus"> & {
  /** maritalStatusEn is "Dead". */
  deceased: boolean;
};

export type StatusAnswer = ResidentStatus | { error: RecordError };

/** The status of a full resident file: what `screen` must answer for the same request. */
export function statusOf(r: Resident): ResidentStatus {
  return {
    immigrationStatus: r.immigrationStatus,
    cardExpiryDate: r.cardExpiryDate,
    currentCountryAbbr: r.currentCountryAbbr,
    inGcc: r.inGcc,
    imgStatus: r.imgStatus,
    deceased: r.maritalStatusEn === "Dead",
  };
}

export interface ResidentRegistry {
  /** One resident's whole file (getCustomerData). */
  lookup(eid: string, row: RegistryRow): Promise<RegistryAnswer>;
  /**
   * Many residents' statuses at once, in the requests' order (a processing chunk): for each,
   * exactly `statusOf` of what `lookup` answers, or the same error.
   */
  screen(requests: readonly RegistryRequest[]): Promise<StatusAnswer[]>;
}

export function isRegistryError<T extends object>(answer: T | { error: RecordError }): answer is { error: RecordError } {
  return "error" in answer;
}
