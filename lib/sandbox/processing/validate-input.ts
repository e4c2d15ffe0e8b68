// Step VALIDATE_INPUT: the template's rules, checked with lib/csv's helpers, reported with
// the sandbox's own codes (errors/record-errors.ts). Every problem of the row is listed.
import { diagnoseEid } from "@/lib/csv/diagnose-eid";
import { DATE_NOT_DDMMYYYY, DATE_NOT_REAL, parseDate } from "@/lib/csv/parse-date";
import { RULES } from "@/lib/csv/rule-catalogue";
import { TEMPLATE_COLUMNS, type TemplateColumn } from "@/lib/csv/template-columns";
import { inputError, type RecordError } from "@/lib/sandbox/errors/record-errors";
import type { RegistryRow } from "@/lib/sandbox/registry/resident-registry";
import type { StoredRow } from "./stored-row";

export type ValidInput = { eid: string; row: RegistryRow };
export type InputCheck = { ok: true; value: ValidInput } | { ok: false; errors: RecordError[] };

const DATE_COLUMNS = ["onboarding_date", "eid_issue_date", "eid_expiry_date", "dob"] as const;

function dateProblem(packed: number): string {
  if (packed === DATE_NOT_DDMMYYYY) return "is not a date in DD/MM/YYYY format";
  if (packed === DATE_NOT_REAL) return "is not a real calendar date";
  return "has a year outside 1900-2100";
}

export const toIsoDate = (packed: number) =>
  `${Math.floor(packed / 10000)}-${String(Math.floor(packed / 100) % 100).padStart(2, "0")}-${String(packed % 100).padStart(2, "0")}`;

/** Normalises an EID as the template allows (hyphens), or null when it is not valid. */
export function normaliseEid(value: string): string | null {
  const d = diagnoseEid(value);
  return d.ok ? String(d.eid) : null;
}

export function validateInput(r: StoredRow, duplicate: boolean): InputCheck {
  if (r.field_count !== TEMPLATE_COLUMNS.length) {
    return { ok: false, errors: [inputError("INVALID_ROW_FORMAT", `The row has ${r.field_count} values; the template has ${TEMPLATE_COLUMNS.length}`)] };
  }
  const errors: RecordError[] = [];
  const value = (c: TemplateColumn) => r[c] ?? "";
  for (const c of TEMPLATE_COLUMNS) if (value(c).trim() === "") errors.push(inputError("MISSING_FIELD", `${c} is required`));
  const eid = value("eid_number").trim() === "" ? null : diagnoseEid(value("eid_number"));
  if (eid && !eid.ok) {
    const code = eid.code === "EID_CHECKSUM" ? "INVALID_EID_CHECKSUM" : "INVALID_EID_FORMAT";
    errors.push(inputError(code, `eid_number: ${RULES[eid.code].message}`));
  }
  const dates: Partial<Record<(typeof DATE_COLUMNS)[number], number>> = {};
  for (const c of DATE_COLUMNS) {
    if (value(c).trim() === "") continue;
    const packed = parseDate(value(c));
    if (packed < 0) errors.push(inputError("INVALID_DATE", `${c} ${dateProblem(packed)}`));
    else dates[c] = packed;
  }
  if (duplicate) errors.push(inputError("DUPLICATE_CUSTOMER_ID", "customer_id already appears in an earlier row of this batch"));
  if (errors.length > 0 || !eid?.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      eid: String(eid.eid),
      row: {
        customerId: value("customer_id"),
        nameOnEid: value("name_on_eid"),
        dateOfBirth: toIsoDate(dates.dob!),
        cardIssueDate: toIsoDate(dates.eid_issue_date!),
        cardExpiryDate: toIsoDate(dates.eid_expiry_date!),
      },
    },
  };
}
