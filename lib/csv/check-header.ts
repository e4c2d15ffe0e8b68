import { quoted } from "./issue";
import type { RuleCode } from "./rule-catalogue";
import { describeHiddenChars } from "./scan-text";
import { TEMPLATE_COLUMNS, type TemplateColumn } from "./template-columns";

export type HeaderIssue = { code: RuleCode; column: TemplateColumn | null; value: string; message: string };
/** `usable`: every column is recognisable in its place, so rows can still be checked by position. */
export type HeaderCheck = { usable: boolean; issues: HeaderIssue[] };

const OTHER_DELIMITERS: ReadonlyArray<[string, string]> = [[";", "semicolons (;)"], ["\t", "tabs"], ["|", "pipes (|)"]];
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const TEMPLATE_SET: ReadonlySet<string> = new Set(TEMPLATE_COLUMNS);

/** What a header name was probably meant to be: no hidden chars, spaces, quotes, case. */
export function normalizeHeaderName(raw: string): string {
  return raw.replace(HIDDEN, "").replace(/\u00a0/g, " ").trim().replace(/^["']+|["']+$/g, "").trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function checkHeader(fields: readonly string[]): HeaderCheck {
  const delimiter = detectOtherDelimiter(fields);
  if (delimiter) return { usable: false, issues: [delimiter] };
  const names = fields.map(normalizeHeaderName);
  if (!names.some((n) => TEMPLATE_SET.has(n))) return { usable: false, issues: [missingHeader(fields)] };
  const issues: HeaderIssue[] = [];
  fields.forEach((raw, i) => {
    const expected = TEMPLATE_COLUMNS[i];
    if (expected && names[i] === expected && raw !== expected) issues.push(cosmetic(raw, expected, i));
  });
  const usable = names.length === TEMPLATE_COLUMNS.length && names.every((n, i) => n === TEMPLATE_COLUMNS[i]);
  if (!usable) issues.push(...structuralIssues(fields, names));
  return { usable, issues };
}

function detectOtherDelimiter(fields: readonly string[]): HeaderIssue | null {
  if (fields.length >= TEMPLATE_COLUMNS.length) return null;
  const line = fields.join(",");
  for (const [sep, label] of OTHER_DELIMITERS) {
    const parts = line.split(sep);
    if (parts.length >= 3 && parts.some((p) => TEMPLATE_SET.has(normalizeHeaderName(p)))) {
      return { code: "DELIMITER_WRONG", column: null, value: line, message: `The header is separated by ${label}, not commas.` };
    }
  }
  return null;
}

function missingHeader(fields: readonly string[]): HeaderIssue {
  const line = fields.join(",");
  const looksLikeData = /784[\d-]{10,}/.test(line) || /\d{2}\/\d{2}\/\d{4}/.test(line);
  const message = line.trim() === ""
    ? "Line 1 is empty; the header must be the first line."
    : looksLikeData
      ? "Line 1 looks like a customer row: the header line is missing."
      : "Line 1 is not the template header.";
  return { code: "HEADER_MISSING", column: null, value: line, message };
}

function cosmetic(raw: string, expected: TemplateColumn, i: number): HeaderIssue {
  const what: string[] = [];
  const hidden = describeHiddenChars(raw.replace(/\u00a0/g, ""));
  if (hidden) what.push(`hidden characters (${hidden})`);
  if (/^[\s\u00a0]|[\s\u00a0]$/.test(raw.replace(HIDDEN, ""))) what.push("spaces around the name");
  if (/["']/.test(raw)) what.push("quotes");
  if (/[A-Z]/.test(raw)) what.push("capital letters");
  if (/\w[\s-]+\w/.test(raw.trim())) what.push("spaces or hyphens instead of underscores");
  const detail = what.length > 0 ? what.join(", ") : "a different spelling";
  return { code: "HEADER_MISMATCH", column: expected, value: raw, message: `Header column ${i + 1} should be '${expected}' but has ${detail}.` };
}

function structuralIssues(fields: readonly string[], names: readonly string[]): HeaderIssue[] {
  const issues: HeaderIssue[] = [];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const raw = fields[i]!;
    if (name === "") {
      issues.push({ code: "HEADER_EXTRA_COLUMN", column: null, value: raw, message: `Header column ${i + 1} has no name (an extra comma?).` });
    } else if (!TEMPLATE_SET.has(name)) {
      issues.push({ code: "HEADER_UNKNOWN_COLUMN", column: null, value: raw, message: `Header column ${i + 1} ${quoted(raw)} is not a template column.` });
    } else if (seen.has(name)) {
      issues.push({ code: "HEADER_DUPLICATE_COLUMN", column: name as TemplateColumn, value: raw, message: `'${name}' appears more than once in the header (again in column ${i + 1}).` });
    }
    seen.add(name);
  });
  const missing = TEMPLATE_COLUMNS.filter((c) => !seen.has(c));
  for (const column of missing) {
    issues.push({ code: "HEADER_MISSING_COLUMN", column, value: "", message: `The header has no '${column}' column (expected as column ${TEMPLATE_COLUMNS.indexOf(column) + 1}).` });
  }
  if (issues.length === 0) {
    const i = names.findIndex((n, k) => n !== TEMPLATE_COLUMNS[k]);
    issues.push({ code: "HEADER_ORDER", column: TEMPLATE_COLUMNS[i] ?? null, value: fields[i] ?? "", message: `Header column ${i + 1} is ${quoted(fields[i] ?? "")} but should be '${TEMPLATE_COLUMNS[i]}'.` });
  }
  return issues;
}
