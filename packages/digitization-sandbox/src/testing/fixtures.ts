// Test data for the sandbox's tests and benchmark: valid test EIDs and CSV text.
import { luhnCheckDigit } from "../csv/check-eid";
import { TEMPLATE_HEADER_LINE } from "../csv/template";

export const ALPHA_KEY = "sandbox_alpha_0123456789abcdef";
export const BETA_KEY = "sandbox_beta_0123456789abcdef";

/** A Luhn-valid EID: 784 + year + 7-digit block + check digit. */
export function eid(block7: string, year = "1990"): string {
  const body = `784${year}${block7.padStart(7, "0")}`;
  return `${body}${luhnCheckDigit(body)}`;
}

/** The published test number for scenario 1-8 (docs/sandbox.md). */
export const testEid = (n: number, year = "1990") => eid(`00000${String(n).padStart(2, "0")}`, year);

/** An ordinary (found) EID for row i; the block starts at 1000000 so it is never a test number. */
export const goodEid = (i: number) => eid(String(1_000_000 + i));

export type Row = string[];

export function goodRow(i: number, overrides: Partial<Record<number, string>> = {}): Row {
  const row = [`C${String(i).padStart(7, "0")}`, goodEid(i), "12/03/2024", "v1", `Customer Number ${i}`, "01/01/2024", "31/12/2035", "27/07/1993"];
  for (const [at, value] of Object.entries(overrides)) row[Number(at)] = value!;
  return row;
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function csv(rows: Row[], header = TEMPLATE_HEADER_LINE): string {
  return [header, ...rows.map((r) => r.map(quote).join(","))].join("\n") + "\n";
}
