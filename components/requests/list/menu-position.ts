export type MenuPosition = { top?: number; bottom?: number; right: number };

const GAP = 4;
/** Enough for three items; a taller menu still fits because it opens upwards near the bottom. */
export const MENU_HEIGHT_GUESS = 140;

/**
 * Where a fixed-position menu goes for a button at `rect`: right-aligned under it, or above it
 * when there is no room below.
 */
export function placeMenu(rect: Pick<DOMRect, "top" | "bottom" | "right">, viewport: { width: number; height: number }): MenuPosition {
  const right = Math.max(0, viewport.width - rect.right);
  if (rect.bottom + GAP + MENU_HEIGHT_GUESS <= viewport.height) return { top: rect.bottom + GAP, right };
  return { bottom: viewport.height - rect.top + GAP, right };
}
