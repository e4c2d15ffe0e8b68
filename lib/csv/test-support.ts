// Fixtures shared by the lib/csv tests (not used by production code).
import { luhnCheckDigit } from "./check-eid";
import { createValidator } from "./create-validator";
import { TEMPLATE_COLUMNS, TEMPLATE_HEADER_LINE, type TemplateColumn } from "./template-columns";
import type { ValidationReport } from "./validation-report";

export const TODAY = "2026-03-12";
export const HEADER = TEMPLATE_HEADER_LINE;

/** A valid Emirates ID for any n: 7841990 + 7 digits + Luhn check digit. */
export function eid(n: number): string {
  const body = `7841990${String(n).padStart(7, "0")}`;
  return body + luhnCheckDigit(body);
}

const DEFAULTS: Record<TemplateColumn, string> = {
  customer_id: "100010",
  eid_number: "784300000001855",
  onboarding_date: "12/03/2026",
  consent_version: "v1",
  name_on_eid: "Kartik Naik",
  eid_issue_date: "01/01/2024",
  eid_expiry_date: "01/01/2029",
  dob: "27/07/1993",
};

/** A valid data line with some values replaced; values are written raw (quote them yourself). */
export function row(values: Partial<Record<TemplateColumn, string>> = {}): string {
  return TEMPLATE_COLUMNS.map((c) => values[c] ?? DEFAULTS[c]).join(",");
}

/** n valid, mutually distinct data lines. */
export function rows(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => row({ customer_id: String(200000 + from + i), eid_number: eid(from + i) }));
}

/** Header + lines, each ending with "\n". */
export function csv(...lines: string[]): string {
  return [HEADER, ...lines].map((l) => `${l}\n`).join("");
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Validates bytes fed in the given chunk sizes (cycled), or whole. */
export async function validateBytes(bytes: Uint8Array, options: { today?: string; chunks?: number[]; maxStoredIssues?: number } = {}): Promise<ValidationReport> {
  const validator = await createValidator({ today: options.today ?? TODAY, maxStoredIssues: options.maxStoredIssues });
  const sizes = options.chunks ?? [bytes.length || 1];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    validator.push(bytes.subarray(at, at + size));
    at += size;
  }
  return validator.finish();
}

export const validateText = (text: string, options?: Parameters<typeof validateBytes>[1]) => validateBytes(utf8(text), options);

/** The codes of a report's issues in order, with their rows: compact to assert on. */
export const codesOf = (report: ValidationReport) => report.issues.map((i) => `${i.row}:${i.code}`);
