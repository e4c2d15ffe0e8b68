// Step VALIDATE_RESIDENT_INFO: the service's rules over the resident status the registry
// returned, in the published order. The first rule that fails is the record's error.
import { digitsAt, isCalendarDay } from "../csv/parse-date";
import { BUSINESS_ERRORS, type RecordError } from "../errors/record-errors";
import type { ResidentStatus } from "../registry/resident-registry";

/** A YYYY-MM-DD string naming a day that exists (the authority may send "0000-00-00"). */
export function isRealDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // 45 is "-"
  const [y, m, d] = [digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2)];
  return y >= 0 && m >= 0 && d >= 0 && isCalendarDay(y, m, d);
}

/** `today` is the processing day in the UAE, YYYY-MM-DD. */
export function checkResident(r: ResidentStatus, today: string): RecordError | null {
  if (r.immigrationStatus !== "ACTIVE") return BUSINESS_ERRORS.IMMIGRATION_STATUS_INACTIVE;
  if (!r.cardExpiryDate) return BUSINESS_ERRORS.MISSING_EXPIRY_DATE;
  if (!isRealDay(r.cardExpiryDate)) return BUSINESS_ERRORS.INVALID_EXPIRY_DATE;
  if (r.cardExpiryDate < today) return BUSINESS_ERRORS.EXPIRED_EID;
  if (r.deceased) return BUSINESS_ERRORS.MARITAL_STATUS_DEAD;
  if (!r.currentCountryAbbr) return BUSINESS_ERRORS.CURRENT_COUNTRY_ABBR_NOT_FOUND;
  if (!r.inGcc && r.imgStatus !== "ACTIVE") return BUSINESS_ERRORS.RESIDENT_NIN_GCC_NOR_ACTIVE_IMG_STATUS;
  return null;
}
