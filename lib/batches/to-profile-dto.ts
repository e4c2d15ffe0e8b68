// A customer's digitised profile as readable sections of label/value pairs. Pure. The
// Emirates ID leaves masked (the reveal route is the audited way to see it); names and
// dates of birth stay, because this view exists to show them to the organization's staff.
import type { CustomerProfile, ProfileSection } from "@/lib/digitization/client/model";
import type { CustomerResultDto, ProfileField, ProfileSectionDto } from "./contracts";
import { maskEid } from "./mask-eid";

const SECTION_TITLES: Record<string, string> = {
  personalInfo: "Personal information",
  residenceInfo: "Residence",
  immigrationInfo: "Immigration and visa",
  visaInfo: "Immigration and visa",
  passportInfo: "Passport",
  sponsorInfo: "Sponsor",
  travelInfo: "Travel",
  digitisationReport: "Digitisation report",
  digitizationReport: "Digitisation report",
};
const SECTION_ORDER = Object.keys(SECTION_TITLES);

const FIELD_LABELS: Record<string, string> = {
  fullNameEn: "Full name (English)",
  fullNameAr: "Full name (Arabic)",
  genderEn: "Gender",
  currentNationality: "Nationality",
  insideUAE: "Inside the UAE",
  inGCC: "In the GCC",
  emiratesIdNumber: "Emirates ID number",
  maritalStatusEn: "Marital status",
  emirateEn: "Emirate",
  professionEn: "Profession",
  imgStatus: "Immigration file status",
  currentCountryAbbr: "Current country",
};

/** `cardExpiryDate` → "Card expiry date", `steps.0.result` → "Steps 1 result". */
export function humanize(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key
    .replace(/\.(\d+)/g, (_, n: string) => ` ${Number(n) + 1}`)
    .replace(/[._]/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const sectionTitle = (key: string) => SECTION_TITLES[key] ?? humanize(key);

function toFields(section: ProfileSection): ProfileField[] {
  return Object.entries(section).map(([key, value]) => ({
    key,
    label: humanize(key),
    value: key === "emiratesIdNumber" && typeof value === "string" ? maskEid(value) : value,
  }));
}

function orderOf(key: string): number {
  const index = SECTION_ORDER.indexOf(key);
  return index === -1 ? SECTION_ORDER.length : index;
}

export function toProfileDto(profile: CustomerProfile): Extract<CustomerResultDto, { kind: "profile" }> {
  const sections: ProfileSectionDto[] = Object.entries(profile.sections)
    .sort(([a], [b]) => orderOf(a) - orderOf(b))
    .map(([key, section]) => ({ key, title: sectionTitle(key), fields: toFields(section) }))
    .filter((s) => s.fields.length > 0);
  return {
    kind: "profile",
    customerId: profile.customerId,
    digitisedOn: profile.digitisedOn,
    biometricCompleted: profile.biometricCompleted,
    emiratesIdMasked: maskEid(profile.sections.residenceInfo.emiratesIdNumber),
    sections,
  };
}
