// The sandbox's stand-in for ICP. Ordinary numbers are "found" with a resident file consistent
// with the bank's row (same name upper-cased, same dates) plus extra fields derived from a hash
// of the EID. Test numbers (test-eids.ts) return files that trip exactly one published rule.
import { BUSINESS_ERRORS } from "../errors/record-errors";
import type { RegistryAnswer, RegistryRow, Resident, ResidentRegistry } from "./resident-registry";
import { testScenario } from "./test-eids";
import * as P from "./synthetic-picks";

function deriveResident(eid: string, row: RegistryRow): Resident {
  const r = P.pickerFor(eid);
  const nationality = r.pick(P.NATIONALITIES);
  const citizen = nationality === "ARE";
  const { genderEn, fullNameAr } = P.residentName(row.nameOnEid, r);
  const passportIssue = P.addDays(row.cardIssueDate, -r.int(700));
  // Residents enter before their card is issued, so travel dates never lie in the future.
  const lastEntry = P.addDays(row.cardIssueDate, -(1 + r.int(300)));
  return {
    emiratesIdNumber: eid,
    cardNumber: `1${r.digits(8)}`,
    cardIssueDate: row.cardIssueDate,
    cardExpiryDate: row.cardExpiryDate,
    fullNameEn: row.nameOnEid.trim().replace(/\s+/g, " ").toUpperCase(),
    fullNameAr,
    dateOfBirth: row.dateOfBirth,
    genderEn,
    nationality,
    personClass: citizen ? "Citizen" : "Resident",
    immigrationStatus: "ACTIVE",
    maritalStatusEn: r.pick(["Single", "Married", "Divorced", "Widowed"] as const),
    insideUae: true,
    emirateEn: r.pick(P.EMIRATES),
    currentCountryAbbr: "ARE",
    inGcc: true,
    imgStatus: "ACTIVE",
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

/** Bends a found resident so that exactly the scenario's rule fails in validation. */
const SCENARIOS: Partial<Record<string, (r: Resident) => Resident>> = {
  IMMIGRATION_STATUS_INACTIVE: (r) => ({ ...r, immigrationStatus: "INACTIVE" }),
  MISSING_EXPIRY_DATE: (r) => ({ ...r, cardExpiryDate: null }),
  INVALID_EXPIRY_DATE: (r) => ({ ...r, cardExpiryDate: "0000-00-00" }),
  EXPIRED_EID: (r) => ({ ...r, cardExpiryDate: "2021-03-31" }),
  MARITAL_STATUS_DEAD: (r) => ({ ...r, maritalStatusEn: "Dead" }),
  CURRENT_COUNTRY_ABBR_NOT_FOUND: (r) => ({ ...r, currentCountryAbbr: null }),
  RESIDENT_NIN_GCC_NOR_ACTIVE_IMG_STATUS: (r) => ({ ...r, inGcc: false, insideUae: false, imgStatus: "CANCELLED" }),
};

export const syntheticRegistry: ResidentRegistry = {
  async lookup(eid: string, row: RegistryRow): Promise<RegistryAnswer> {
    const scenario = testScenario(eid);
    if (scenario === "RESIDENT_NOT_FOUND") return { error: BUSINESS_ERRORS.RESIDENT_NOT_FOUND };
    const resident = deriveResident(eid, row);
    const bend = scenario ? SCENARIOS[scenario] : undefined;
    return bend ? bend(resident) : resident;
  },
};
