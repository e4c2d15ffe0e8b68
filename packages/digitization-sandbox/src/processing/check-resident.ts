// Step VALIDATE_RESIDENT_INFO: the service's rules over the resident file the registry
// returned, in the published order. The first rule that fails is the record's error.
import { BUSINESS_ERRORS, type RecordError } from "../errors/record-errors";
import type { Resident } from "../registry/resident-registry";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const t = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === value;
}

/** `today` is the processing day in the UAE, YYYY-MM-DD. */
export function checkResident(r: Resident, today: string): RecordError | null {
  if (r.immigrationStatus !== "ACTIVE") return BUSINESS_ERRORS.IMMIGRATION_STATUS_INACTIVE;
  if (!r.cardExpiryDate) return BUSINESS_ERRORS.MISSING_EXPIRY_DATE;
  if (!isRealDay(r.cardExpiryDate)) return BUSINESS_ERRORS.INVALID_EXPIRY_DATE;
  if (r.cardExpiryDate < today) return BUSINESS_ERRORS.EXPIRED_EID;
  if (r.maritalStatusEn === "Dead") return BUSINESS_ERRORS.MARITAL_STATUS_DEAD;
  if (!r.currentCountryAbbr) return BUSINESS_ERRORS.CURRENT_COUNTRY_ABBR_NOT_FOUND;
  if (!r.inGcc && r.imgStatus !== "ACTIVE") return BUSINESS_ERRORS.RESIDENT_NIN_GCC_NOR_ACTIVE_IMG_STATUS;
  return null;
}
