"use client";
import { useEffect, type RefObject } from "react";

/**
 * On open: remember the opener, make the rest of the page inert (no focus, no clicks, hidden
 * from assistive technology: aria-modal alone is not honoured everywhere and does nothing for
 * the mouse), stop the page scrolling, focus the dialog. On close: undo it all, then refocus the
 * opener, in that order (an inert element cannot take focus).
 */
export function useModalFocus(root: RefObject<HTMLElement | null>, dialog: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const keep = root.current;
    const outside = [...document.body.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el !== keep && !el.inert);
    for (const el of outside) el.inert = true;
    const overflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    dialog.current?.focus();
    return () => {
      for (const el of outside) el.inert = false;
      document.body.style.overflow = overflow;
      if (opener?.isConnected) opener.focus();
    };
  }, [root, dialog]);
}
