import { diagnoseDate } from "./diagnose-date";
import { diagnoseEid } from "./diagnose-eid";
import type { IssueSink } from "./issue-sink";
import { parseDate } from "./parse-date";
import {
  TEXT_BIDI, TEXT_CONTROL, TEXT_FORMULA, TEXT_INVISIBLE, TEXT_MARKUP, TEXT_SPACES, describeHiddenChars,
} from "./scan-text";
import type { TemplateColumn } from "./template-columns";

/**
 * Slow paths for single values, entered only when the fast check in validate-row failed, so
 * trimming, regexes and message building never run for a good value.
 */

/** A date that failed parseDate → yyyymmdd if it is fine once trimmed, else -1 (issues added). */
export function checkDateSlow(s: string, line: number, column: TemplateColumn, sink: IssueSink): number {
  const trimmed = s.trim();
  if (trimmed === "") {
    sink.add("REQUIRED_MISSING", line, column, s, `${column} is empty.`);
    return -1;
  }
  if (trimmed !== s) sink.add("VALUE_SPACES", line, column, s);
  const parsed = parseDate(trimmed);
  if (parsed > 0) return parsed;
  const { code, message } = diagnoseDate(trimmed, parsed);
  sink.add(code, line, column, s, message);
  return -1;
}

/** An Emirates ID that failed eidFast → the normalised number if usable, else -1 (issues added). */
export function checkEidSlow(s: string, line: number, sink: IssueSink): number {
  const trimmed = s.trim();
  if (trimmed === "") {
    sink.add("REQUIRED_MISSING", line, "eid_number", s, "eid_number is empty.");
    return -1;
  }
  if (trimmed !== s) sink.add("VALUE_SPACES", line, "eid_number", s);
  const diagnosis = diagnoseEid(trimmed);
  if (diagnosis.ok) return diagnosis.eid;
  sink.add(diagnosis.code, line, "eid_number", s, diagnosis.message);
  return -1;
}

/** Reports what scanText found in a free-text value; returns false when the value is missing. */
export function reportTextFlags(s: string, flags: number, line: number, column: TemplateColumn, sink: IssueSink): boolean {
  if (s.trim() === "") {
    sink.add("REQUIRED_MISSING", line, column, s, `${column} is empty.`);
    return false;
  }
  if (flags & TEXT_SPACES) sink.add(column === "name_on_eid" ? "NAME_SPACES" : "VALUE_SPACES", line, column, s);
  if (flags & TEXT_FORMULA) sink.add("TEXT_FORMULA", line, column, s);
  if (flags & TEXT_MARKUP) sink.add("TEXT_MARKUP", line, column, s);
  const hidden = flags & (TEXT_CONTROL | TEXT_INVISIBLE | TEXT_BIDI) ? describeHiddenChars(s) : "";
  if (flags & TEXT_CONTROL) sink.add("TEXT_CONTROL", line, column, s, `${column} contains control characters (${hidden}), e.g. a line break or tab.`);
  if (flags & TEXT_INVISIBLE) sink.add("TEXT_INVISIBLE", line, column, s, `${column} contains invisible characters (${hidden}).`);
  if (flags & TEXT_BIDI) sink.add("TEXT_BIDI", line, column, s, `${column} contains text-direction control characters (${hidden}) that can disguise the value.`);
  return true;
}
