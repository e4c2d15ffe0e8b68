"use client";
import { useId, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useModalFocus } from "./use-modal-focus";
import { useModalKeyboard } from "./use-modal-keyboard";

type Props = {
  title: string;
  /** Read out with the title when the dialog opens. */
  description: ReactNode;
  /** False while closing would lose work in flight (an upload): Escape and the overlay do nothing. */
  dismissible: boolean;
  onDismiss: () => void;
  children: ReactNode;
};

/**
 * A modal dialog: focus moves in on open, Tab cycles inside, the rest of the page is inert,
 * and focus goes back to whatever opened it. Render it only while open.
 */
export function Modal({ title, description, dismissible, onDismiss, children }: Props) {
  const titleId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const portalRef = useRef<HTMLDivElement>(null);
  useModalFocus(portalRef, dialogRef);
  useModalKeyboard(dialogRef, dismissible ? onDismiss : null);

  if (typeof document === "undefined") return null;
  return createPortal(
    <div ref={portalRef} className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/50 p-4">
      {/* The overlay is a mouse convenience; keyboard users have Escape and the Cancel button. */}
      <div aria-hidden="true" className="fixed inset-0" onClick={() => dismissible && onDismiss()} />
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        tabIndex={-1}
        className="relative my-auto w-full max-w-3xl rounded-lg bg-white p-6 shadow-xl focus:outline-none"
      >
        <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
        <div id={descriptionId} className="mt-2 space-y-1 text-sm text-slate-600">{description}</div>
        {children}
      </div>
    </div>,
    document.body,
  );
}
