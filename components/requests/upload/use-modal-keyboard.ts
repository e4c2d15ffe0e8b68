"use client";
import { useEffect, useRef, type RefObject } from "react";
import { FOCUSABLE, trapTab } from "./focus-trap";

/**
 * Escape and Tab for a modal, listened to on the document: when the focused control disappears
 * (the drop zone once a file is chosen) focus falls to <body>, and keys must still work then.
 * After every render, focus that fell out of the dialog is put back on it.
 */
export function useModalKeyboard(dialog: RefObject<HTMLElement | null>, onEscape: (() => void) | null) {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
    const active = document.activeElement;
    if (dialog.current && (!active || active === document.body)) dialog.current.focus({ preventScroll: true });
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const root = dialog.current;
      if (!root) return;
      if (event.key === "Escape") {
        event.preventDefault();
        escape.current?.();
        return;
      }
      if (event.key !== "Tab") return;
      const focusable = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
      const next = trapTab(focusable.indexOf(document.activeElement as HTMLElement), focusable.length, event.shiftKey);
      if (next === null) return;
      event.preventDefault();
      (focusable[next] ?? root).focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [dialog]);
}
