import type { WordedIssue } from "./issue";

/**
 * Spreadsheets execute a cell starting with one of these as a formula (CSV injection), even
 * after leading spaces. The cell is neutralised with a leading apostrophe, which spreadsheets
 * show as text; the visible value gains the apostrophe, which is the point.
 */
const FORMULA_START = /^[ ]*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula-neutralised, then quoted per RFC 4180 when it holds a comma, quote or line break. */
export function toCsvCell(value: string): string {
  return quoteCell(FORMULA_START.test(value) ? `'${value}` : value);
}

/** Quoted per RFC 4180 only when it holds a comma, quote or line break; nothing else changes. */
function quoteCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record, terminated by CRLF as RFC 4180 specifies. */
export function toCsvLine(values: readonly string[]): string {
  return `${values.map(toCsvCell).join(",")}\r\n`;
}

/**
 * One record in plain RFC 4180 (CRLF), for a file the portal reads back rather than a person
 * in a spreadsheet: the correction engine's rebuilt upload. The formula guard would change
 * data there: a name " =x" passes the template with a warning, and "'=x" would even pass a
 * value the template refuses; the upload check refuses formula-like values itself.
 */
export function toRfc4180Line(values: readonly string[]): string {
  return `${values.map(quoteCell).join(",")}\r\n`;
}

export const ERROR_REPORT_COLUMNS = ["row", "column", "code", "severity", "value", "message", "hint"] as const;

/**
 * The downloadable full error report. It starts with a UTF-8 BOM on purpose: it is read by
 * people in Excel, which otherwise shows Arabic names as mojibake (it is never uploaded).
 * Its message and hint are in the language of the person who downloads it (the UI's); the
 * column names stay the template's English, so the layout is the same in every language.
 */
export function errorReportCsv(issues: readonly WordedIssue[], options: { bom?: boolean } = {}): string {
  const lines = [toCsvLine(ERROR_REPORT_COLUMNS)];
  for (const i of issues) {
    lines.push(toCsvLine([i.row === null ? "" : String(i.row), i.column ?? "", i.code, i.severity, i.value, i.message, i.hint]));
  }
  return (options.bom === false ? "" : "\uFEFF") + lines.join("");
}
