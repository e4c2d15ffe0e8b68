// Emirates IDs are shown masked by default: only the last 4 digits (and the `784` country
// code, which every card shares) stay visible. Pure, shared by server and browser.

const EID_DIGITS = /^\d{15}$/;

/** `784300000001855` or `784-3000-0000185-5` → `784-****-****185-5`; null/blank → null. */
export function maskEid(value: string | null | undefined): string | null {
  if (value == null || value.trim() === "") return null;
  const digits = value.replace(/[\s-]/g, "");
  if (EID_DIGITS.test(digits) && digits.startsWith("784")) {
    return `784-****-****${digits.slice(11, 14)}-${digits.slice(14)}`;
  }
  // Damaged values (scientific notation, lost digits) still carry most of a real number:
  // every digit but the last 4 is hidden, and anything this short is hidden entirely.
  const onlyDigits = value.replace(/[eE][+-]?\d+\s*$/, "").replace(/\D/g, "");
  if (onlyDigits.length <= 4) return "*".repeat(Math.max(onlyDigits.length, 4));
  return `${"*".repeat(onlyDigits.length - 4)}${onlyDigits.slice(-4)}`;
}

/** The unmasked value in the card's printed form, for the audited reveal. */
export function formatEid(value: string): string {
  const digits = value.replace(/[\s-]/g, "");
  if (!EID_DIGITS.test(digits)) return value;
  return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7, 14)}-${digits.slice(14)}`;
}
