/**
 * Dates travel as packed integers yyyymmdd: they compare with < and >, need no Date objects
 * and cost no allocation on the hot path (a million rows have four dates each).
 */
export const DATE_NOT_DDMMYYYY = -1;
export const DATE_NOT_REAL = -2;
export const DATE_YEAR_OUT_OF_RANGE = -3;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m]!;
}

/** Two ASCII digits at i as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Strict DD/MM/YYYY → yyyymmdd, or one of the negative DATE_* codes. */
export function parseDate(s: string): number {
  if (s.length !== 10 || s.charCodeAt(2) !== 47 || s.charCodeAt(5) !== 47) return DATE_NOT_DDMMYYYY;
  const d = two(s, 0);
  const m = two(s, 3);
  const y1 = two(s, 6);
  const y2 = two(s, 8);
  if (d < 0 || m < 0 || y1 < 0 || y2 < 0) return DATE_NOT_DDMMYYYY;
  const y = y1 * 100 + y2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return DATE_NOT_REAL;
  if (y < MIN_YEAR || y > MAX_YEAR) return DATE_YEAR_OUT_OF_RANGE;
  return y * 10000 + m * 100 + d;
}

/** yyyymmdd → DD/MM/YYYY for messages. */
export function formatDate(packed: number): string {
  const y = Math.floor(packed / 10000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${String(y).padStart(4, "0")}`;
}

/** The injected "today" as YYYY-MM-DD (ISO, unambiguous between browser and server) → yyyymmdd. */
export function parseIsoDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`today must be YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`today is not a real date: ${iso}`);
  return y * 10000 + m * 100 + d;
}
