// Keyboard behaviour of the row Action menu (WAI-ARIA menu button pattern), as pure functions
// so it is tested without a DOM. The component only maps the result onto focus and clicks.

export type MenuCommand =
  | { type: "focus"; index: number }
  | { type: "activate" }
  | { type: "close"; restoreFocus: boolean }
  | { type: "none" };

/** On the closed menu button: which item to open the menu on, or null to let the key through. */
export function openIndexFor(key: string, itemCount: number): number | null {
  if (itemCount === 0) return null;
  if (key === "Enter" || key === " " || key === "ArrowDown") return 0;
  if (key === "ArrowUp") return itemCount - 1;
  return null;
}

/** Inside the open menu, with focus on item `index` of `itemCount` (arrows wrap around). */
export function menuCommand(key: string, index: number, itemCount: number): MenuCommand {
  if (itemCount === 0) return { type: "close", restoreFocus: true };
  switch (key) {
    case "ArrowDown":
      return { type: "focus", index: (index + 1) % itemCount };
    case "ArrowUp":
      return { type: "focus", index: (index - 1 + itemCount) % itemCount };
    case "Home":
      return { type: "focus", index: 0 };
    case "End":
      return { type: "focus", index: itemCount - 1 };
    case "Enter":
    case " ":
      return { type: "activate" };
    case "Escape":
      return { type: "close", restoreFocus: true };
    case "Tab":
      // Tab leaves the menu for the next control on the page, so focus must not jump back.
      return { type: "close", restoreFocus: false };
    default:
      return { type: "none" };
  }
}
