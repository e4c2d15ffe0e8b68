import { diagnoseEid } from "../diagnose-eid";
import { parseDate } from "../parse-date";
import { COL } from "../template-columns";
import type { CellIssue } from "./correction-api";

/**
 * The cell repairs the grid may offer in bulk, each only where the result is certain. An
 * Emirates ID in scientific notation has lost digits and is never repaired.
 */
const DATE_COLUMNS: readonly number[] = [COL.onboarding, COL.issue, COL.expiry, COL.dob];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HYPHENATED_EID = /^784-\d{4}-\d{7}-\d$/;

/** 2024-03-01 → 01/03/2024 when that is a real date in range; null otherwise. */
export function isoDateFix(value: string): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const fixed = `${m[3]}/${m[2]}/${m[1]}`;
  return parseDate(fixed) > 0 ? fixed : null;
}

/** A valid hyphenated Emirates ID → its 15 digits; null otherwise (a wrong one stays as written, with its rule). */
export function hyphenatedEidFix(value: string): string | null {
  if (!HYPHENATED_EID.test(value)) return null;
  return diagnoseEid(value).ok ? value.replaceAll("-", "") : null;
}

/** A value the rules flagged for surrounding spaces, trimmed; null when the rules did not flag it. */
export function spacesFix(value: string, column: number, issues: readonly CellIssue[]): string | null {
  const flagged = issues.some((i) => i.column === column && (i.code === "VALUE_SPACES" || i.code === "NAME_SPACES"));
  const trimmed = value.trim();
  return flagged && trimmed !== value && trimmed !== "" ? trimmed : null;
}

export type CellFixKind = "iso-dates" | "hyphenated-eid" | "surrounding-spaces";

/** The row's values with one kind of repair applied, or null when it changes nothing. */
export function fixRow(kind: CellFixKind, values: readonly string[], issues: readonly CellIssue[]): { values: string[]; cells: number } | null {
  const next = [...values];
  let cells = 0;
  const set = (column: number, fixed: string | null) => {
    if (fixed === null || fixed === next[column]) return;
    next[column] = fixed;
    cells++;
  };
  if (kind === "iso-dates") for (const c of DATE_COLUMNS) set(c, isoDateFix(next[c]!));
  else if (kind === "hyphenated-eid") set(COL.eid, hyphenatedEidFix(next[COL.eid]!));
  else for (let c = 0; c < next.length; c++) set(c, spacesFix(next[c]!, c, issues));
  return cells > 0 ? { values: next, cells } : null;
}
