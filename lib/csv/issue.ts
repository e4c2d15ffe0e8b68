import type { RuleCode, Severity } from "./rule-catalogue";
import type { TemplateColumn } from "./template-columns";

/**
 * One problem found in an uploaded file. `row` is the 1-based line number in the file
 * (header = 1; a record with a quoted line break keeps the number of the line it starts on),
 * null when the problem is not tied to a line. `value` is the raw text, truncated, never
 * interpreted: the UI must render it as text and exports go through the formula-safe writer.
 */
export type Issue = {
  readonly row: number | null;
  /** The row's customer_id as written (truncated), so a person can find the customer; null off a row. */
  readonly customerId: string | null;
  readonly column: TemplateColumn | null;
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly value: string;
  /**
   * The validator's own diagnosis with the specifics (which header column, which month has how
   * many days), in English, for logs, tests and support; "" when the rule says it all. People
   * read the rule's wording from the message catalogues instead (components/requests/upload/report-text.ts).
   */
  readonly detail: string;
};

/** An issue with its rule's sentence and fix in the reader's language, taken from the catalogues. */
export type WordedIssue = Issue & { readonly message: string; readonly hint: string };

export const MAX_VALUE_CHARS = 64;

/** Cuts long values so a hostile 100 MB "name" cannot end up in reports; never splits a surrogate pair. */
export function truncateValue(value: string): string {
  if (value.length <= MAX_VALUE_CHARS) return value;
  let end = MAX_VALUE_CHARS;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

/** A value as quoted inside a diagnosis, truncated like issue values. */
export const quoted = (value: string) => `'${truncateValue(value)}'`;
