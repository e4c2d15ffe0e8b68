// Pure value normalisers shared by every response normaliser (and safe for browser code).
// They never throw: a value they cannot read becomes null (or stays as sent, where noted).

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function isRealDate(y: number, m: number, d: number): boolean {
  // Date rolls 2024-02-30 over to March; compare the parts back to refuse it.
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * ISO timestamps with 0–9 fractional digits, with or without a zone, to ISO with ms
 * precision. A timestamp without a zone is read as UTC: the API emits UTC, and reading it
 * as server-local time would make the result depend on where the portal runs.
 */
export function toIsoTimestamp(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [, y = "", mo = "", d = "", h = "00", mi = "00", s = "00", frac = "", zone] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null;
  // Truncate, not round: rounding .9999 would move the instant into the next second.
  const ms = frac.padEnd(3, "0").slice(0, 3);
  const offset = !zone || zone.toUpperCase() === "Z" ? "Z" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** DD/MM/YYYY or ISO (date or timestamp) to YYYY-MM-DD; anything else is kept as sent. */
export function toCalendarDate(value: unknown): string | null {
  const text = toText(value);
  if (text === null) return null;
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text.trim());
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (y && m && d && isRealDate(Number(y), Number(m), Number(d))) return `${y}-${m}-${d}`;
  return text;
}

/** Emirates ID in any published spelling (dashed or bare) to 15 bare digits; else as sent. */
export function toEidNumber(value: unknown): string | null {
  const text = toText(value);
  if (text === null) return null;
  const digits = text.replace(/[\s-]/g, "");
  return /^\d{15}$/.test(digits) ? digits : text;
}

/** Absent, null and "" (or blanks) are all "no value". Numbers become their decimal text. */
export function toText(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") return null;
  return value;
}

/** Non-negative integer counts, tolerating numeric strings; anything else is null. */
export function toCount(value: unknown): number | null {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The API spells booleans "Yes"/"No" in profiles and true/false elsewhere. */
export function toBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (text === "yes" || text === "true" || text === "y") return true;
  if (text === "no" || text === "false" || text === "n") return false;
  return null;
}
