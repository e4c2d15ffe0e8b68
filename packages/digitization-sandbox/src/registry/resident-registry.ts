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

export interface ResidentRegistry {
  lookup(eid: string, row: RegistryRow): Promise<RegistryAnswer>;
}

export function isRegistryError(answer: RegistryAnswer): answer is { error: RecordError } {
  return "error" in answer;
}
