"use client";
import { useId, type ReactNode } from "react";
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from "react-aria-components";

type Props = {
  title: string;
  /** Read out with the title when the dialog opens. */
  description: ReactNode;
  /** False while closing would lose work in flight (an upload): Escape and the overlay do nothing. */
  dismissible: boolean;
  onDismiss: () => void;
  /** "alertdialog" for a confirmation that interrupts (approve 200,000 records?). */
  role?: "dialog" | "alertdialog";
  children: ReactNode;
};

/**
 * A modal dialog from React Aria: focus moves in on open and is trapped, the page behind is
 * inert and does not scroll, Escape and the overlay close it when allowed, focus returns to
 * what opened it. Render it only while open.
 */
export function Dialog({ title, description, dismissible, onDismiss, role = "dialog", children }: Props) {
  const descriptionId = useId();
  return (
    <ModalOverlay
      isOpen
      isDismissable={dismissible}
      isKeyboardDismissDisabled={!dismissible}
      onOpenChange={(open) => !open && onDismiss()}
      className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/50 p-4"
    >
      <Modal className="my-auto w-full max-w-3xl">
        <AriaDialog role={role} aria-describedby={descriptionId} className="relative rounded-lg bg-white p-6 shadow-xl outline-none">
          <Heading slot="title" className="text-lg font-semibold">{title}</Heading>
          <div id={descriptionId} className="mt-2 space-y-1 text-sm text-slate-600">{description}</div>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
