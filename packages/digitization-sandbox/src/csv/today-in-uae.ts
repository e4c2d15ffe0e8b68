/** The processing day as YYYY-MM-DD in the UAE (UTC+4, no daylight saving): EXPIRED_EID is judged on it. */
export function todayInUae(now: Date = new Date()): string {
  return new Date(now.getTime() + 4 * 3_600_000).toISOString().slice(0, 10);
}
