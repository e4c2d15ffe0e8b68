// Where Tab goes inside a modal: it cycles through the dialog's own controls and never leaves.
// Pure so it is tested without a DOM; the dialog supplies the focusable list.

export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The index to focus for a Tab (or Shift+Tab) press, or null to let the browser move focus
 * normally. `current` is -1 when focus is outside the list (e.g. on the dialog itself).
 */
export function trapTab(current: number, count: number, shift: boolean): number | null {
  if (count === 0) return -1;
  if (current === -1) return shift ? count - 1 : 0;
  if (shift && current === 0) return count - 1;
  if (!shift && current === count - 1) return 0;
  return null;
}
