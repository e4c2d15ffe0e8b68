/**
 * Emirates ID fast path. 15 digits fit exactly in a double (< 2^53), so a valid ID becomes a
 * number: duplicate detection then stores 8 bytes per card instead of a string.
 */
export const EID_DIGITS = 15;
const EID_784_MIN = 784e12;
const EID_784_END = 785e12;

/** 15 ASCII digits, starting 784, passing Luhn → the ID as a number; anything else → -1. */
export function eidFast(s: string): number {
  if (s.length !== EID_DIGITS) return -1;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < EID_DIGITS; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
    // Luhn doubles every second digit counting from the check digit (the 15th) leftwards.
    if (i % 2 === 1) sum += d < 5 ? d * 2 : d * 2 - 9;
    else sum += d;
  }
  if (n < EID_784_MIN || n >= EID_784_END) return -1;
  return sum % 10 === 0 ? n : -1;
}

/** Luhn over a string of ASCII digits (any length). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    sum += i % 2 === 1 ? (d < 5 ? d * 2 : d * 2 - 9) : d;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `body` (all but the last digit) pass Luhn. */
export function luhnCheckDigit(body: string): number {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + c)) return c;
  throw new Error("unreachable");
}
