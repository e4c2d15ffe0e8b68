import { EID_DIGITS, luhnValid } from "./check-eid";
import { quoted } from "./issue";
import type { RuleCode } from "./rule-catalogue";

export type EidDiagnosis = { ok: true; eid: number } | { ok: false; code: RuleCode; message: string };

const HYPHENATED = /^\d{3}-\d{4}-\d{7}-\d$/;
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;
const DECIMAL = /^\d+[.,]\d+$/;
/** Arabic-Indic, extended (Persian) and full-width digits; Unicode dashes and minus signs. */
const LOOKALIKE = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const fail = (code: RuleCode, message: string): EidDiagnosis => ({ ok: false, code, message });

/**
 * Slow path for an ID that failed eidFast: normalises the hyphenated form and otherwise names
 * the most likely damage, most specific cause first (scientific notation before "wrong length").
 */
export function diagnoseEid(s: string): EidDiagnosis {
  if (s.startsWith("'")) return fail("EID_APOSTROPHE", `${quoted(s)} starts with an apostrophe.`);
  if (SCIENTIFIC.test(s)) {
    const n = Number(s.replace(",", "."));
    const shown = Number.isSafeInteger(n) ? ` (${n})` : "";
    return fail("EID_SCIENTIFIC", `${quoted(s)} is scientific notation${shown}; a spreadsheet rounded the number and digits may be lost.`);
  }
  if (DECIMAL.test(s)) return fail("EID_DECIMAL", `${quoted(s)} has a decimal part; write the 15 digits only.`);
  if (LOOKALIKE.test(s)) return fail("EID_LOOKALIKE", `${quoted(s)} contains look-alike digits or dashes; use 0-9 and '-'.`);
  if (s.includes("-") && !HYPHENATED.test(s)) {
    return fail("EID_FORMAT", `${quoted(s)} has hyphens in the wrong places; the form is 784-YYYY-NNNNNNN-C.`);
  }
  const digits = s.includes("-") ? s.replaceAll("-", "") : s;
  if (!/^\d+$/.test(digits)) return fail("EID_FORMAT", `${quoted(s)} contains characters other than digits and hyphens.`);
  if (digits.length !== EID_DIGITS) {
    return fail("EID_LENGTH", `${quoted(s)} has ${digits.length} digits; an Emirates ID has ${EID_DIGITS}.`);
  }
  if (/^(\d)\1*$/.test(digits)) return fail("EID_PLACEHOLDER", `${quoted(s)} is a placeholder number, not a card.`);
  if (!digits.startsWith("784")) return fail("EID_PREFIX", `${quoted(s)} starts with ${digits.slice(0, 3)}, not 784.`);
  if (!luhnValid(digits)) return fail("EID_CHECKSUM", `${quoted(s)} fails the check digit (Luhn) test.`);
  return { ok: true, eid: Number(digits) };
}
