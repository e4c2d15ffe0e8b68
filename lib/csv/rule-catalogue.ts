/**
 * The rule catalogue: every stable issue code with its severity, a default message and the fix.
 * The server, the upload UI, the downloadable error report and the Arabic translation all key on
 * these codes, so codes are never renamed; add new ones instead.
 * `fatal` rules stop row validation (the rest of the file cannot be read meaningfully); the file
 * is still hashed to the end so the report always carries the file's SHA-256.
 */
export type Severity = "error" | "warning";

export type Rule = {
  readonly severity: Severity;
  readonly fatal: boolean;
  readonly message: string;
  readonly hint: string;
};

const SAVE_AS_CSV_UTF8 =
  "In Excel use File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)', then remove the byte-order mark (see BOM) or export from your system as UTF-8 text without BOM.";

const rule = (severity: Severity, fatal: boolean, message: string, hint: string): Rule => ({ severity, fatal, message, hint });
const fatal = (message: string, hint: string) => rule("error", true, message, hint);
const error = (message: string, hint: string) => rule("error", false, message, hint);
const warning = (message: string, hint: string) => rule("warning", false, message, hint);

export const RULES = {
  // File container and encoding
  EMPTY_FILE: fatal("The file is empty.", "Upload the CSV export that contains the header line and the customer rows."),
  FILE_XLSX: fatal("This is an Excel workbook (.xlsx) or a ZIP archive renamed to .csv, not a CSV text file.", "Open it in Excel and use File > Save As > 'CSV UTF-8 (Comma delimited)'. Renaming the file does not convert it."),
  FILE_XLS: fatal("This is an old Excel workbook (.xls) renamed to .csv, not a CSV text file.", "Open it in Excel and use File > Save As > 'CSV UTF-8 (Comma delimited)'. Renaming the file does not convert it."),
  FILE_GZIP: fatal("This file is gzip-compressed, not a plain CSV text file.", "Decompress it first and upload the .csv inside."),
  FILE_PDF: fatal("This is a PDF document, not a CSV text file.", "Export the customer list from the source system as CSV; a PDF cannot be converted reliably."),
  FILE_HTML: fatal("This is an HTML/XML page (for example a 'web page' or 'XML spreadsheet' export), not a CSV text file.", "Export again as 'CSV UTF-8 (Comma delimited)'."),
  FILE_BINARY: fatal("The file contains NUL bytes, so it is a binary file and not CSV text.", "Export the data as 'CSV UTF-8 (Comma delimited)'."),
  ENCODING_UTF16: fatal("The file is saved as UTF-16 ('Unicode Text'); the platform reads UTF-8 only.", SAVE_AS_CSV_UTF8),
  ENCODING_INVALID_UTF8: fatal("The file is not valid UTF-8; it was probably saved in a legacy 'ANSI' code page such as Windows-1256 (Arabic) or Windows-1252.", SAVE_AS_CSV_UTF8),
  BOM: error("The file starts with a UTF-8 byte-order mark (BOM). The platform then fails to match the header and the upload fails silently.", "Remove the byte-order mark: save as UTF-8 without BOM (e.g. in Notepad++ Encoding > 'UTF-8', in VS Code 'Save with Encoding' > 'UTF-8'). Excel's 'CSV UTF-8' always adds a BOM."),
  LINE_ENDINGS_CR: error("Lines end with a bare carriage return (old Mac format).", "Save again as 'CSV UTF-8 (Comma delimited)' so lines end with LF or CRLF."),
  LINE_ENDINGS_MIXED: error("The file mixes line endings (LF and CRLF).", "Save the file again from one program so every line ends the same way."),
  LINE_TOO_LONG: fatal("A line is far too long to be a customer record; the file is probably not a CSV of this template.", "Check that you exported the right file as CSV with one customer per line."),
  NO_DATA_ROWS: error("The file has a header but no customer rows.", "Add at least one customer row below the header."),
  // Header
  DELIMITER_WRONG: fatal("Values are separated by the wrong character; the template uses commas only.", "Regional settings often export with ';'. Save as 'CSV UTF-8 (Comma delimited)' or change the list separator to ','."),
  HEADER_MISSING: fatal("The first line is not the template header.", "Line 1 must be exactly: customer_id,eid_number,onboarding_date,consent_version,name_on_eid,eid_issue_date,eid_expiry_date,dob"),
  HEADER_MISMATCH: error("A header name is not written exactly as in the template.", "Copy the header from the template: lower case, underscores, no spaces, quotes or hidden characters."),
  HEADER_MISSING_COLUMN: fatal("A template column is missing from the header.", "Use the template header with all 8 columns in order."),
  HEADER_EXTRA_COLUMN: fatal("The header has more columns than the template.", "Delete the extra columns (and trailing commas) so exactly 8 columns remain."),
  HEADER_UNKNOWN_COLUMN: fatal("The header contains a column that is not in the template.", "Rename or delete it; only the 8 template columns are allowed."),
  HEADER_DUPLICATE_COLUMN: fatal("A column appears twice in the header.", "Keep each template column exactly once."),
  HEADER_ORDER: fatal("The header columns are not in the template order.", "Reorder the columns: customer_id, eid_number, onboarding_date, consent_version, name_on_eid, eid_issue_date, eid_expiry_date, dob."),
  // Structure
  HEADER_REPEATED: error("The header line is repeated in the middle of the file (files were probably pasted together).", "Delete the repeated header line."),
  ROW_FIELD_COUNT: error("The row does not have 8 values.", "A value containing a comma must be wrapped in double quotes, e.g. \"Naik, Kartik\". Check for missing or extra commas."),
  BLANK_ROW: error("The row is blank; blank rows are not allowed between records.", "Delete the blank line (a single newline at the very end of the file is fine)."),
  QUOTE_UNTERMINATED: fatal("A double quote opened on this line is never closed, so the rest of the file is read as one value.", "Close the quote, or double any quote inside a value (\"\") and wrap that value in quotes."),
  QUOTE_MALFORMED: error("A quoted value has text after its closing quote.", "Wrap the whole value in double quotes and double any quote inside it, e.g. \"Al \"\"Noor\"\"\"."),
  // Values, any column
  REQUIRED_MISSING: error("A required value is empty.", "Fill in the value; every column of the template is required."),
  VALUE_SPACES: error("The value has leading or trailing spaces.", "Remove the spaces around the value (Excel: =TRIM())."),
  NAME_SPACES: warning("The name has leading or trailing spaces.", "Remove the spaces around the name so it matches the card exactly."),
  TEXT_FORMULA: error("The value starts with =, +, -, @, a tab or a carriage return, which spreadsheets execute as a formula.", "Remove the leading character; values must be plain text."),
  TEXT_CONTROL: error("The value contains control characters (for example a line break or tab).", "Remove the control characters; a value must be one line of plain text."),
  TEXT_INVISIBLE: error("The value contains invisible zero-width characters.", "Retype the value; zero-width characters usually come from copying text out of web pages or chat apps."),
  TEXT_BIDI: error("The value contains bidirectional control characters that can disguise the text.", "Retype the value without right-to-left/left-to-right marks or overrides."),
  TEXT_MARKUP: error("The value contains HTML or script markup.", "Remove the markup; values must be plain text."),
  CUSTOMER_ID_DUPLICATE: error("The customer_id is used more than once in the file.", "Each customer appears once; remove or merge the duplicate rows."),
  // Emirates ID
  EID_SCIENTIFIC: error("The Emirates ID is in spreadsheet scientific notation; digits are usually lost.", "Format the column as Text before pasting or exporting, and restore the full 15-digit number."),
  EID_DECIMAL: error("The Emirates ID ends with a decimal part such as '.0' (it was stored as a number).", "Format the column as Text and write the 15 digits only."),
  EID_APOSTROPHE: error("The Emirates ID starts with an apostrophe.", "Remove the apostrophe; it is a spreadsheet text marker that was exported as data."),
  EID_LOOKALIKE: error("The Emirates ID contains look-alike characters (Arabic-Indic or full-width digits, or a Unicode dash).", "Type the number with the digits 0-9 and the plain hyphen '-'."),
  EID_FORMAT: error("The Emirates ID contains characters other than digits and hyphens in the 784-YYYY-NNNNNNN-C positions.", "Write 15 digits (784YYYYNNNNNNNC) or 784-YYYY-NNNNNNN-C."),
  EID_LENGTH: error("The Emirates ID does not have 15 digits.", "An Emirates ID has 15 digits starting with 784. Digits are often lost when a spreadsheet treats the column as a number."),
  EID_PLACEHOLDER: error("The Emirates ID is a placeholder, not a real card number.", "Remove customers who have no Emirates ID from this file."),
  EID_PREFIX: error("The Emirates ID does not start with 784.", "Check the number against the card; every Emirates ID starts with 784."),
  EID_CHECKSUM: error("The Emirates ID check digit is wrong (Luhn check failed).", "A digit is mistyped or swapped; check the number against the card."),
  EID_DUPLICATE: error("The Emirates ID is used more than once in the file.", "Each card belongs to one customer; check for duplicated or mistyped rows."),
  EID_EXPIRED: warning("The Emirates ID expired before today; the platform will return EXPIRED_EID for this customer.", "Ask the customer for the renewed card's details, or expect EXPIRED_EID in the results."),
  // Dates
  DATE_FORMAT: error("The date is not in DD/MM/YYYY format.", "Write dates as DD/MM/YYYY with two-digit day and month and a four-digit year, e.g. 05/01/2024."),
  DATE_ISO: error("The date is in ISO format (YYYY-MM-DD); the template uses DD/MM/YYYY.", "Format the column as DD/MM/YYYY before exporting."),
  DATE_EXCEL_SERIAL: error("The date is a spreadsheet serial number, not a date.", "Format the column as a date DD/MM/YYYY before exporting."),
  DATE_US_FORMAT: error("The date looks like US format MM/DD/YYYY (the month cannot be above 12).", "Dates must be DD/MM/YYYY. Check the export settings: dates whose day is 12 or less may have been swapped silently too."),
  DATE_INVALID: error("The date does not exist in the calendar.", "Check the day and month (e.g. there is no 31/02 or 29/02 outside leap years)."),
  DATE_OUT_OF_RANGE: error("The year is outside 1900-2100.", "Check the year; spreadsheets sometimes turn empty dates into 1900."),
  DOB_IN_FUTURE: error("The date of birth is in the future.", "Check the date of birth and that it is DD/MM/YYYY."),
  DOB_AGE_IMPLAUSIBLE: error("The date of birth gives an age over 120 years.", "Check the year of birth."),
  ISSUE_AFTER_EXPIRY: error("The card's issue date is after its expiry date.", "Check whether the issue and expiry columns are swapped."),
  ISSUE_BEFORE_BIRTH: error("The card's issue date is before the date of birth.", "Check the issue date and the date of birth."),
  ISSUE_IN_FUTURE: error("The card's issue date is in the future.", "Check the issue date and that it is DD/MM/YYYY."),
  ONBOARDING_IN_FUTURE: error("The onboarding date is in the future.", "Check the onboarding date and that it is DD/MM/YYYY."),
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof RULES;

export const RULE_CODES = Object.keys(RULES) as RuleCode[];
