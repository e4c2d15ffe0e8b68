"use client";
import { useEffect, useRef, type RefObject } from "react";

/** Closes a popup on a pointer press outside `inside`. */
export function useDismiss(open: boolean, inside: RefObject<HTMLElement | null>[], onDismiss: () => void) {
  const latest = useRef({ inside, onDismiss });
  useEffect(() => {
    latest.current = { inside, onDismiss };
  });

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!latest.current.inside.some((ref) => ref.current?.contains(target))) latest.current.onDismiss();
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);
}
