/**
 * customer_id as a number when that loses nothing (digits only, no leading zero, ≤ 15 digits),
 * else -1. "00123" and "123" must stay different IDs, so they are not both turned into 123.
 */
export function customerIdNumber(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15 || (n > 1 && s.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Short alphanumeric IDs ("CIF0012345", "C-12_9") as an exact number: up to 10 characters from
 * 0-9, A-Z, "-" and "_", each a base-39 digit 1..38 (0 never occurs, so "0A" ≠ "A"); 39^10 < 2^53.
 * Such IDs then get the compact duplicate check instead of a Map entry (~80 bytes each).
 * Returns -1 for anything else (lower case, longer, other characters).
 */
export function customerIdCode(s: string): number {
  const n = s.length;
  if (n === 0 || n > 10) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 47; // 1..10
    else if (c >= 65 && c <= 90) d = c - 54; // 11..36
    else if (c === 45) d = 37;
    else if (c === 95) d = 38;
    else return -1;
    v = v * 39 + d;
  }
  return v;
}

const CODE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

/** The ID customerIdCode encoded (for messages: the rows themselves are not kept). */
export function customerIdFromCode(code: number): string {
  let s = "";
  for (let v = code; v > 0; v = Math.floor(v / 39)) s = CODE_CHARS[(v % 39) - 1]! + s;
  return s;
}
