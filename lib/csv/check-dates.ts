import { formatDate } from "./parse-date";
import type { IssueSink } from "./issue-sink";
import { COL } from "./template-columns";

export const MAX_AGE_YEARS = 120;

/**
 * Sanity rules across a row's dates (yyyymmdd; ≤ 0 when the date itself was invalid, and then
 * the rules needing it are skipped), judged against the injected validation day so the
 * browser's check and the server's re-check agree. Positional arguments: no object per row.
 */
export function checkDateRelations(
  onboarding: number, issue: number, expiry: number, dob: number,
  raw: readonly string[], today: number, line: number, sink: IssueSink,
): void {
  if (dob > 0) {
    // Age over 120 ⇔ born on or before the same calendar day 121 years ago.
    const oldestDob = today - (MAX_AGE_YEARS + 1) * 10000;
    const value = raw[COL.dob]!;
    if (dob > today) sink.add("DOB_IN_FUTURE", line, "dob", value, `The date of birth ${value} is after today (${formatDate(today)}).`);
    else if (dob <= oldestDob) sink.add("DOB_AGE_IMPLAUSIBLE", line, "dob", value, `The date of birth ${value} means an age over ${MAX_AGE_YEARS} years.`);
  }
  if (issue > 0) {
    const value = raw[COL.issue]!;
    if (expiry > 0 && issue > expiry) {
      sink.add("ISSUE_AFTER_EXPIRY", line, "eid_issue_date", value, `The card is issued on ${value}, after it expires (${raw[COL.expiry]}).`);
    }
    if (dob > 0 && issue < dob) {
      sink.add("ISSUE_BEFORE_BIRTH", line, "eid_issue_date", value, `The card is issued on ${value}, before the date of birth ${raw[COL.dob]}.`);
    }
    if (issue > today) sink.add("ISSUE_IN_FUTURE", line, "eid_issue_date", value, `The issue date ${value} is after today (${formatDate(today)}).`);
  }
  if (onboarding > today) {
    const value = raw[COL.onboarding]!;
    sink.add("ONBOARDING_IN_FUTURE", line, "onboarding_date", value, `The onboarding date ${value} is after today (${formatDate(today)}).`);
  }
  if (expiry > 0 && expiry < today) {
    const value = raw[COL.expiry]!;
    sink.add("EID_EXPIRED", line, "eid_expiry_date", value, `The card expired on ${value}; the platform will return EXPIRED_EID.`);
  }
}
