/**
 * The rule catalogue: every stable issue code with its severity and whether it stops reading.
 * The server, the upload UI, the downloadable error report and both message catalogues key on
 * these codes, so codes are never renamed; add new ones instead. The wording of each rule (its
 * sentence and its fix) lives only in the message catalogues, `rules.<CODE>.message` and
 * `.hint` of lib/i18n/messages/en.json and ar.json; lib/csv/validate-rules.test.ts checks that
 * both hold every code.
 * `fatal` rules stop row validation (the rest of the file cannot be read meaningfully); the file
 * is still hashed to the end so the report always carries the file's SHA-256.
 */
export type Severity = "error" | "warning";

export type Rule = {
  readonly severity: Severity;
  readonly fatal: boolean;
};

const fatal: Rule = { severity: "error", fatal: true };
const error: Rule = { severity: "error", fatal: false };
const warning: Rule = { severity: "warning", fatal: false };

export const RULES = {
  // File container and encoding
  EMPTY_FILE: fatal,
  FILE_XLSX: fatal,
  FILE_XLS: fatal,
  FILE_GZIP: fatal,
  FILE_PDF: fatal,
  FILE_HTML: fatal,
  FILE_BINARY: fatal,
  ENCODING_UTF16: fatal,
  ENCODING_INVALID_UTF8: fatal,
  BOM: error,
  LINE_ENDINGS_CR: error,
  LINE_ENDINGS_MIXED: error,
  LINE_TOO_LONG: fatal,
  NO_DATA_ROWS: error,
  // Header
  DELIMITER_WRONG: fatal,
  HEADER_MISSING: fatal,
  HEADER_MISMATCH: error,
  HEADER_MISSING_COLUMN: fatal,
  HEADER_EXTRA_COLUMN: fatal,
  HEADER_UNKNOWN_COLUMN: fatal,
  HEADER_DUPLICATE_COLUMN: fatal,
  HEADER_ORDER: fatal,
  // Structure
  HEADER_REPEATED: error,
  ROW_FIELD_COUNT: error,
  BLANK_ROW: error,
  QUOTE_UNTERMINATED: fatal,
  QUOTE_MALFORMED: error,
  // Values, any column
  REQUIRED_MISSING: error,
  VALUE_SPACES: error,
  NAME_SPACES: warning,
  TEXT_FORMULA: error,
  TEXT_CONTROL: error,
  TEXT_INVISIBLE: error,
  TEXT_BIDI: error,
  TEXT_MARKUP: error,
  CUSTOMER_ID_DUPLICATE: error,
  // Emirates ID
  EID_SCIENTIFIC: error,
  EID_DECIMAL: error,
  EID_APOSTROPHE: error,
  EID_LOOKALIKE: error,
  EID_FORMAT: error,
  EID_LENGTH: error,
  EID_PLACEHOLDER: error,
  EID_PREFIX: error,
  EID_CHECKSUM: error,
  EID_DUPLICATE: error,
  EID_EXPIRED: warning,
  // Dates
  DATE_FORMAT: error,
  DATE_ISO: error,
  DATE_EXCEL_SERIAL: error,
  DATE_US_FORMAT: error,
  DATE_INVALID: error,
  DATE_OUT_OF_RANGE: error,
  DOB_IN_FUTURE: error,
  DOB_AGE_IMPLAUSIBLE: error,
  ISSUE_AFTER_EXPIRY: error,
  ISSUE_BEFORE_BIRTH: error,
  ISSUE_IN_FUTURE: error,
  ONBOARDING_IN_FUTURE: error,
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof RULES;

export const RULE_CODES = Object.keys(RULES) as RuleCode[];
