// The Emirates ID rules of shared/spec/csv-template.md, written for the sandbox on its own
// (the portal has its own validator; the two are meant to be able to disagree, and tests show it).
// 15 digits: 784 + 4 digits (any, never "a plausible year") + 7 digits + a Luhn check digit
// over all 15; `784-YYYY-NNNNNNN-C` is the same number.

export type EidCheck =
  | { ok: true; eid: string }
  | { ok: false; code: "INVALID_EID_FORMAT" | "INVALID_EID_CHECKSUM"; message: string };

const HYPHENATED = /^\d{3}-\d{4}-\d{7}-\d$/;

/** The Luhn check digit that completes `body` (14 digits for an EID). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Doubling starts at the digit just left of the (missing) check digit.
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const format = (message: string): EidCheck => ({ ok: false, code: "INVALID_EID_FORMAT", message });

/** Whether `value` is exactly 15 ASCII digits, as most rows hold it. */
function isPlainNumber(value: string): boolean {
  if (value.length !== 15) return false;
  for (let i = 0; i < 15; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The typical damage a spreadsheet does, each named, most specific first; null when there is none. */
function spreadsheetDamage(value: string): EidCheck | null {
  if (value.startsWith("'")) return format("eid_number starts with an apostrophe");
  if (/^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i.test(value)) return format("eid_number is in scientific notation; digits were lost");
  if (/^\d+\.\d+$/.test(value)) return format("eid_number has a decimal part (such as a trailing .0)");
  if (value.includes("-") && !HYPHENATED.test(value)) return format("eid_number has hyphens in the wrong places; the form is 784-YYYY-NNNNNNN-C");
  const digits = value.replaceAll("-", "");
  if (!/^\d+$/.test(digits)) return format("eid_number may hold only digits and hyphens");
  if (digits.length !== 15) return format(`eid_number has ${digits.length} digits; an Emirates ID has 15`);
  return null;
}

/** Normalises a file's eid_number to 15 bare digits, or says what is wrong with it. */
export function checkEid(raw: string): EidCheck {
  const value = raw.trim();
  // 15 plain digits (nearly every row of a large file) cannot show any of the damage, so the
  // regular expressions that name it are skipped: a million rows ask.
  if (!isPlainNumber(value)) {
    const damage = spreadsheetDamage(value);
    if (damage) return damage;
  }
  const digits = value.replaceAll("-", "");
  // 000-0000-0000000-0, 111-1111-1111111-1, …: stand-ins for people without a card.
  if (/^(\d)\1{14}$/.test(digits)) return format("eid_number is a placeholder, not a card number");
  if (!digits.startsWith("784")) return format("eid_number does not start with 784");
  if (luhnCheckDigit(digits.slice(0, 14)) !== Number(digits[14])) {
    return { ok: false, code: "INVALID_EID_CHECKSUM", message: "eid_number fails the check digit (Luhn) test" };
  }
  return { ok: true, eid: digits };
}
