// Record-level errors, all in the API's `{error, message, step}` shape. Clients branch on
// `error`, never on `message` (two published codes share one message).

export type RecordError = { error: string; message: string; step: string };

const resident = (error: string, message: string): RecordError => ({ error, message, step: "VALIDATE_RESIDENT_INFO" });

/** The published business errors, exactly as in shared/spec/digitization-api.md. */
export const BUSINESS_ERRORS = {
  RESIDENT_NOT_FOUND: { error: "RESIDENT_NOT_FOUND", message: "Resident not found in ICP", step: "GET_RESIDENT_DATA" },
  IMMIGRATION_STATUS_INACTIVE: resident("IMMIGRATION_STATUS_INACTIVE", "Immigration file status is not ACTIVE"),
  MISSING_EXPIRY_DATE: resident("MISSING_EXPIRY_DATE", "Missing EmiratesID expiry date"),
  // Same text as MISSING_EXPIRY_DATE on purpose: the real service sends it that way.
  INVALID_EXPIRY_DATE: resident("INVALID_EXPIRY_DATE", "Missing EmiratesID expiry date"),
  EXPIRED_EID: resident("EXPIRED_EID", "EmiratesID is Expired"),
  MARITAL_STATUS_DEAD: resident("MARITAL_STATUS_DEAD", "Residence marital status is dead"),
  CURRENT_COUNTRY_ABBR_NOT_FOUND: resident("CURRENT_COUNTRY_ABBR_NOT_FOUND", "Residence current country abbr not found"),
  RESIDENT_NIN_GCC_NOR_ACTIVE_IMG_STATUS: resident(
    "RESIDENT_NIN_GCC_NOR_ACTIVE_IMG_STATUS",
    "Residence is neither in GCC nor in Active img status",
  ),
} as const satisfies Record<string, RecordError>;

export type BusinessErrorCode = keyof typeof BUSINESS_ERRORS;

/**
 * The sandbox's own input-validation errors (the real service's are not published). Step
 * VALIDATE_INPUT comes before any registry lookup; docs/sandbox.md lists them for integrators.
 */
export const INPUT_ERROR_CODES = [
  "INVALID_ROW_FORMAT",
  "MISSING_FIELD",
  "INVALID_EID_FORMAT",
  "INVALID_EID_CHECKSUM",
  "INVALID_DATE",
  "DUPLICATE_CUSTOMER_ID",
] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export function inputError(error: InputErrorCode, message: string): RecordError {
  return { error, message, step: "VALIDATE_INPUT" };
}
