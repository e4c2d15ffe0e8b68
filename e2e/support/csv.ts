import { createHash, randomBytes, randomInt } from "node:crypto";
import { luhnCheckDigit } from "@/lib/csv/check-eid";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";

/** A valid Emirates ID: 784, four digits, a seven-digit block, the Luhn check digit. */
export function eid(year: string, block: string): string {
  const body = `784${year}${block}`;
  return `${body}${luhnCheckDigit(body)}`;
}

/** The sandbox's test numbers: block 00000NN gives business error NN of the spec's table. */
export const sandboxErrorEid = (n: number) => eid("1985", `00000${String(n).padStart(2, "0")}`);

export type Row = Partial<Record<(typeof TEMPLATE_COLUMNS)[number], string>>;

/** A good row with a random customer id and Emirates ID (never a sandbox test number); override any field. */
export function goodRow(overrides: Row = {}): Row {
  return {
    customer_id: `C${randomBytes(8).toString("hex")}`,
    eid_number: eid("1990", String(1_000_000 + randomInt(9_000_000))),
    onboarding_date: "12/03/2024",
    consent_version: "v1",
    name_on_eid: "Test Customer",
    eid_issue_date: "01/01/2024",
    eid_expiry_date: "01/01/2030",
    dob: "27/07/1993",
    ...overrides,
  };
}

export function csvOf(rows: Row[]): string {
  const lines = rows.map((r) => TEMPLATE_COLUMNS.map((c) => r[c] ?? "").join(","));
  return `${[TEMPLATE_COLUMNS.join(","), ...lines].join("\n")}\n`;
}

export const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");
