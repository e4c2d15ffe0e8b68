/** Audit and key times in UTC, to the second, the way the audit filter's dates are read. */
export function utc(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : "—";
}
