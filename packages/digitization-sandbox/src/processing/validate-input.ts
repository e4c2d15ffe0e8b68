// Step VALIDATE_INPUT: the template's rules (csv/), reported with the sandbox's own codes
// (errors/record-errors.ts). Every problem of the row is listed.
import { checkEid } from "../csv/check-eid";
import { parseDate } from "../csv/parse-date";
import { TEMPLATE_COLUMNS, type TemplateColumn } from "../csv/template";
import { inputError, type RecordError } from "../errors/record-errors";
import type { RegistryRow } from "../registry/resident-registry";
import type { StoredRow } from "./stored-row";

export type ValidInput = { eid: string; row: RegistryRow };
export type InputCheck = { ok: true; value: ValidInput } | { ok: false; errors: RecordError[] };

const DATE_COLUMNS = ["onboarding_date", "eid_issue_date", "eid_expiry_date", "dob"] as const;

/** Normalises an EID as the template allows (hyphens), or null when it is not valid. */
export function normaliseEid(value: string): string | null {
  const checked = checkEid(value);
  return checked.ok ? checked.eid : null;
}

const value = (r: StoredRow, c: TemplateColumn) => r[c] ?? "";

export function validateInput(r: StoredRow, duplicate: boolean): InputCheck {
  if (r.field_count !== TEMPLATE_COLUMNS.length) {
    return { ok: false, errors: [inputError("INVALID_ROW_FORMAT", `The row has ${r.field_count} values; the template has ${TEMPLATE_COLUMNS.length}`)] };
  }
  const errors: RecordError[] = [];
  for (const c of TEMPLATE_COLUMNS) if (value(r, c).trim() === "") errors.push(inputError("MISSING_FIELD", `${c} is required`));
  const eid = value(r, "eid_number").trim() === "" ? null : checkEid(value(r, "eid_number"));
  if (eid && !eid.ok) errors.push(inputError(eid.code, eid.message));
  const dates: Partial<Record<(typeof DATE_COLUMNS)[number], string>> = {};
  for (const c of DATE_COLUMNS) {
    if (value(r, c).trim() === "") continue;
    const date = parseDate(value(r, c));
    if (date.ok) dates[c] = date.iso;
    else errors.push(inputError("INVALID_DATE", `${c} ${date.message}`));
  }
  if (duplicate) errors.push(inputError("DUPLICATE_CUSTOMER_ID", "customer_id already appears in an earlier row of this batch"));
  if (errors.length > 0 || !eid?.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      eid: eid.eid,
      row: {
        customerId: value(r, "customer_id"),
        nameOnEid: value(r, "name_on_eid"),
        dateOfBirth: dates.dob!,
        cardIssueDate: dates.eid_issue_date!,
        cardExpiryDate: dates.eid_expiry_date!,
      },
    },
  };
}
