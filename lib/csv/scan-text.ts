/**
 * One pass over a free-text value (customer_id, consent_version, name_on_eid) returning a bit set
 * of problems. Plain printable ASCII, Arabic and other letters cost one comparison per char.
 */
export const TEXT_FORMULA = 1;
export const TEXT_CONTROL = 2;
export const TEXT_INVISIBLE = 4;
export const TEXT_BIDI = 8;
export const TEXT_MARKUP = 16;
export const TEXT_SPACES = 32;

const isSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x3000;
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Every character scanText cares about after the first; a regex scans faster than a JS char loop. */
const SUSPICIOUS = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff<]/;

export function scanText(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  const plainEnds = first > 0x40 && first !== 0xa0 && first !== 0x3000 && last !== 0x20 && last !== 0xa0 && last !== 0x3000;
  if (plainEnds && !SUSPICIOUS.test(s)) return 0;
  return scanSlow(s);
}

function scanSlow(s: string): number {
  const n = s.length;
  let flags = 0;
  const first = s.charCodeAt(0);
  let i = 0;
  // Spreadsheets execute these as formulas when the export is opened (CSV injection).
  if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d) {
    flags |= TEXT_FORMULA;
    if (first < 0x20) i = 1;
  }
  if (isSpace(first) || isSpace(s.charCodeAt(n - 1))) flags |= TEXT_SPACES;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x3c) {
        const next = s.charCodeAt(i + 1);
        if (isAsciiLetter(next) || next === 0x2f || next === 0x21 || next === 0x3f) flags |= TEXT_MARKUP;
      }
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) flags |= TEXT_CONTROL;
    else if (c < 0x200b) {
      if (c === 0x061c) flags |= TEXT_BIDI;
    } else if (c <= 0x200d || c === 0x2060 || c === 0xfeff) flags |= TEXT_INVISIBLE;
    else if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) flags |= TEXT_BIDI;
  }
  return flags;
}

/** Names the hidden characters for a message, e.g. "U+202E, U+200B". */
export function describeHiddenChars(s: string): string {
  const found = new Set<string>();
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const hidden = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x061c || (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff || c === 0xa0;
    if (hidden) found.add(`U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
    if (found.size >= 5) break;
  }
  return [...found].join(", ");
}
