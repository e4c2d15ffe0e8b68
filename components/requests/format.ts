// Display formatting for the requests screens. Pure, so the locale and time zone are parameters
// (the browser's by default) and the tests can pin them.

export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", ...(timeZone ? { timeZone } : {}) }).format(date);
}

const UNITS = ["bytes", "KB", "MB", "GB"] as const;

/** Binary multiples with the familiar short names (what file managers show). */
export function formatBytes(bytes: number, locale?: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return unit === 0 && bytes === 1 ? "1 byte" : `${number} ${UNITS[unit]}`;
}

export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** "Showing 11–20 of 42"; the last page may be short, and an empty list says so plainly. */
export function showingRange(page: number, pageSize: number, total: number, locale?: string): string {
  if (total === 0) return "No requests";
  const first = (page - 1) * pageSize + 1;
  // A shared link can point past the end after requests were filtered away.
  if (first > total) return `Showing 0 of ${formatCount(total, locale)}`;
  const last = Math.min(page * pageSize, total);
  return `Showing ${formatCount(first, locale)}–${formatCount(last, locale)} of ${formatCount(total, locale)}`;
}

export function pageCount(pageSize: number, total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
