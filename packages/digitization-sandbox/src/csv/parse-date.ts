// The template's dates: DD/MM/YYYY, real calendar dates (shared/spec/csv-template.md). The
// year is bounded (1900–2100) so a typo such as 0990 is not taken for a date.
// Read digit by digit, without a RegExp or a Date: a million-row batch has four million dates,
// and building a Date for each was the largest cost of judging a record.

export type DateCheck = { ok: true; iso: string } | { ok: false; message: string };

const NOT_FORMAT: DateCheck = { ok: false, message: "is not a date in DD/MM/YYYY format" };
const NOT_REAL: DateCheck = { ok: false, message: "is not a real calendar date" };
const OUT_OF_RANGE: DateCheck = { ok: false, message: "has a year outside 1900-2100" };

/** The number the ASCII digits value[from, from + length) spell, or -1 if any is not a digit. */
export function digitsAt(value: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether day `d` of month `m` (1-12) exists in year `y` of the Gregorian calendar. */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** A DD/MM/YYYY value as YYYY-MM-DD, or why it is not one. */
export function parseDate(value: string): DateCheck {
  if (value.length !== 10 || value.charCodeAt(2) !== 47 || value.charCodeAt(5) !== 47) return NOT_FORMAT; // 47 is "/"
  const d = digitsAt(value, 0, 2);
  const m = digitsAt(value, 3, 2);
  const y = digitsAt(value, 6, 4);
  if (d < 0 || m < 0 || y < 0) return NOT_FORMAT;
  // The calendar of Date.UTC, which this replaced and whose messages it keeps: it reads years
  // 0-99 as 1900-1999, so 29/02/0000 is "not a real calendar date" rather than out of range.
  if (!isCalendarDay(y < 100 ? y + 1900 : y, m, d)) return NOT_REAL;
  if (y < 1900 || y > 2100) return OUT_OF_RANGE;
  return { ok: true, iso: `${value.slice(6, 10)}-${value.slice(3, 5)}-${value.slice(0, 2)}` };
}
