// The `data.data` tree of getCustomerData: personalInfo and residenceInfo are typed, every
// further section (visa, passport, sponsor, ...) passes through. Sections vary by
// organization, so a missing section or field is normal and reads as null.
import type { PersonalInfo, ProfileSection, ProfileSections, ResidenceInfo, SectionValue } from "./model";
import { toBoolean, toCalendarDate, toEidNumber, toText } from "./normalize-values";

/** `personal_info`, `PersonalInfo` and `personalInfo` name the same thing. */
const canon = (key: string) => key.replace(/_/g, "").toLowerCase();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Nested objects and arrays become dotted keys (`address.city`, `travels.0.date`). */
function flatten(value: unknown, path: string, out: ProfileSection): void {
  if (typeof value === "string") out[path] = value.trim() === "" ? null : value;
  else if (typeof value === "number" || typeof value === "boolean") out[path] = value;
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) flatten(v, `${path}.${k}`, out);
  else out[path] = null;
}

function toSection(raw: unknown): ProfileSection {
  const out: ProfileSection = {};
  if (isObject(raw)) for (const [k, v] of Object.entries(raw)) flatten(v, k, out);
  return out;
}

/** Takes a known field out of the section under any spelling, leaving the rest as extras. */
function take(section: ProfileSection, name: string): SectionValue {
  const key = Object.keys(section).find((k) => canon(k) === canon(name));
  if (key === undefined) return null;
  const value = section[key] ?? null;
  delete section[key];
  return value;
}

function toPersonalInfo(raw: unknown): PersonalInfo {
  const s = toSection(raw);
  return {
    fullNameEn: toText(take(s, "fullNameEn")),
    fullNameAr: toText(take(s, "fullNameAr")),
    dateOfBirth: toCalendarDate(take(s, "dateOfBirth")),
    genderEn: toText(take(s, "genderEn")),
    currentNationality: toText(take(s, "currentNationality")),
    personClass: toText(take(s, "personClass")),
    immigrationStatus: toText(take(s, "immigrationStatus")),
    insideUAE: toBoolean(take(s, "insideUAE")),
    ...s,
  };
}

function toResidenceInfo(raw: unknown): ResidenceInfo {
  const s = toSection(raw);
  const eid = take(s, "emiratesIdNumber") ?? take(s, "eidNumber") ?? take(s, "documentNumber");
  return { emiratesIdNumber: toEidNumber(eid), ...s };
}

export function toProfileSections(tree: Record<string, unknown> | null | undefined): ProfileSections {
  const others: Record<string, ProfileSection> = {};
  let personal: unknown;
  let residence: unknown;
  for (const [name, value] of Object.entries(tree ?? {})) {
    if (canon(name) === "personalinfo") personal = value;
    else if (canon(name) === "residenceinfo") residence = value;
    else if (isObject(value)) others[name] = toSection(value);
    // A scalar or null at section level carries no fields; nothing to pass through.
  }
  return { ...others, personalInfo: toPersonalInfo(personal), residenceInfo: toResidenceInfo(residence) };
}
