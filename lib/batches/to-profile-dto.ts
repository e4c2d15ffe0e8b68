// A customer's digitised profile as ordered sections of key/value pairs. Pure. The
// Emirates ID leaves masked (the reveal route is the audited way to see it); names and
// dates of birth stay, because this view exists to show them to the organization's staff.
import type { CustomerProfile, ProfileSection } from "@/lib/digitization/client/model";
import type { CustomerResultDto, ProfileField, ProfileSectionDto } from "./contracts";
import { maskEid } from "./mask-eid";

// Sections people expect first; the rest follow in the API's order. Titles and labels are
// the browser's (the catalogues' details.profileSections / profileFields, by key).
const SECTION_ORDER = ["personalInfo", "residenceInfo", "immigrationInfo", "visaInfo", "passportInfo", "sponsorInfo", "travelInfo", "digitisationReport", "digitizationReport"];

function toFields(section: ProfileSection): ProfileField[] {
  return Object.entries(section).map(([key, value]) => ({
    key,
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
    .map(([key, section]) => ({ key, fields: toFields(section) }))
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
