// The sandbox's stand-in for ICP. Ordinary numbers are "found" with a resident file consistent
// with the bank's row (same name upper-cased, same dates) plus extra fields derived from a hash
// of the EID. Test numbers (test-eids.ts) return files that trip exactly one published rule.
import { BUSINESS_ERRORS } from "../errors/record-errors";
import { isRegistryError, type RegistryAnswer, type RegistryRequest, type RegistryRow, type Resident, type ResidentRegistry, type ResidentStatus, type StatusAnswer } from "./resident-registry";
import { testScenario } from "./test-eids";
import * as P from "./synthetic-picks";

// The facts the service's rules read (resident-registry.ts ResidentStatus) are decided first and
// the whole file is built around them, so the processor's `screen` and getCustomerData's
// `lookup` cannot disagree; screening derives nothing else (no hash, no names, no dates).
function status(eid: string, row: RegistryRow): StatusAnswer {
  const scenario = testScenario(eid);
  if (scenario === "RESIDENT_NOT_FOUND") return { error: BUSINESS_ERRORS.RESIDENT_NOT_FOUND };
  const found: ResidentStatus = { immigrationStatus: "ACTIVE", cardExpiryDate: row.cardExpiryDate, currentCountryAbbr: "ARE", inGcc: true, imgStatus: "ACTIVE", deceased: false };
  const bend = scenario ? SCENARIOS[scenario] : undefined;
  return bend ? { ...found, ...bend } : found;
}

/** Bends a found resident so that exactly the scenario's rule fails in validation. */
const SCENARIOS: Partial<Record<string, Partial<ResidentStatus>>> = {
  IMMIGRATION_STATUS_INACTIVE: { immigrationStatus: "INACTIVE" },
  MISSING_EXPIRY_DATE: { cardExpiryDate: null },
  INVALID_EXPIRY_DATE: { cardExpiryDate: "0000-00-00" },
  EXPIRED_EID: { cardExpiryDate: "2021-03-31" },
  MARITAL_STATUS_DEAD: { deceased: true },
  CURRENT_COUNTRY_ABBR_NOT_FOUND: { currentCountryAbbr: null },
  RESIDENT_NIN_GCC_NOR_ACTIVE_IMG_STATUS: { inGcc: false, imgStatus: "CANCELLED" },
};

/** The whole file around a found resident's status: the rest derived from a hash of the EID. */
function deriveResident(eid: string, row: RegistryRow, s: ResidentStatus): Resident {
  const r = P.pickerFor(eid);
  const nationality = r.pick(P.NATIONALITIES);
  const citizen = nationality === "ARE";
  const { genderEn, fullNameAr } = P.residentName(row.nameOnEid, r);
  const passportIssue = P.addDays(row.cardIssueDate, -r.int(700));
  // Residents enter before their card is issued, so travel dates never lie in the future.
  const lastEntry = P.addDays(row.cardIssueDate, -(1 + r.int(300)));
  const cardNumber = `1${r.digits(8)}`;
  // Picked even for the deceased, so every later pick (emirate, visa, ...) stays the same.
  const maritalStatusEn = r.pick(["Single", "Married", "Divorced", "Widowed"] as const);
  return {
    emiratesIdNumber: eid,
    cardNumber,
    cardIssueDate: row.cardIssueDate,
    cardExpiryDate: s.cardExpiryDate,
    fullNameEn: row.nameOnEid.trim().replace(/\s+/g, " ").toUpperCase(),
    fullNameAr,
    dateOfBirth: row.dateOfBirth,
    genderEn,
    nationality,
    personClass: citizen ? "Citizen" : "Resident",
    immigrationStatus: s.immigrationStatus,
    maritalStatusEn: s.deceased ? "Dead" : maritalStatusEn,
    // Outside the GCC is outside the UAE too.
    insideUae: s.inGcc,
    emirateEn: r.pick(P.EMIRATES),
    currentCountryAbbr: s.currentCountryAbbr,
    inGcc: s.inGcc,
    imgStatus: s.imgStatus,
    visa: citizen
      ? null
      : {
          fileNumber: `${r.pick(["101", "201", "301"])}/${row.cardIssueDate.slice(0, 4)}/${1 + r.int(9)}/${r.digits(6)}`,
          visaType: r.pick(P.VISA_TYPES),
          professionEn: r.pick(P.PROFESSIONS),
          issueDate: row.cardIssueDate,
          expiryDate: row.cardExpiryDate,
        },
    sponsor: citizen ? null : { sponsorNumber: r.digits(7), sponsorNameEn: r.pick(P.SPONSORS), sponsorType: r.int(5) === 0 ? "Individual" : "Establishment" },
    passport: {
      passportNumber: `${r.pick(["A", "K", "N", "P", "Z"])}${r.digits(7)}`,
      passportType: "Ordinary",
      issuingCountry: nationality,
      issueDate: passportIssue,
      expiryDate: P.addDays(passportIssue, 3652),
    },
    travel: { lastEntryDate: lastEntry, lastExitDate: P.addDays(lastEntry, -(5 + r.int(60))), lastPortEn: r.pick(P.PORTS) },
  };
}

export const syntheticRegistry: ResidentRegistry = {
  async lookup(eid: string, row: RegistryRow): Promise<RegistryAnswer> {
    const s = status(eid, row);
    return isRegistryError(s) ? s : deriveResident(eid, row, s);
  },
  async screen(requests: readonly RegistryRequest[]): Promise<StatusAnswer[]> {
    return requests.map(({ eid, row }) => status(eid, row));
  },
};
