/**
 * The validation day as YYYY-MM-DD in the UAE (UTC+4, no daylight saving). Browser and server
 * both call this so an upload at 01:00 Dubai time is judged on the same day on both sides.
 */
export function todayInUae(now: Date = new Date()): string {
  return new Date(now.getTime() + 4 * 3_600_000).toISOString().slice(0, 10);
}
