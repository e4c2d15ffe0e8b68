"use client";
import { useId, type ReactNode } from "react";
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from "react-aria-components";

type Props = {
  title: string;
  /** Read out with the title when the dialog opens. */
  description?: ReactNode;
  /** False while closing would lose work in flight (an upload): Escape and the overlay do nothing. */
  dismissible: boolean;
  onDismiss: () => void;
  /** "alertdialog" for a confirmation that interrupts (approve 200,000 records?). */
  role?: "dialog" | "alertdialog";
  /** "side": a full-height panel that slides in at the inline start (the left in English, the right in Arabic), for the phone's menu; "full": the whole screen on a phone, nearly all of it on a desk (the correction grid). */
  placement?: "center" | "side" | "full";
  /** Shown beside the title (the side panel's Close button). */
  titleAside?: ReactNode;
  children: ReactNode;
};

const LOOK = {
  center: {
    overlay: "fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/50 p-4",
    modal: "my-auto w-full max-w-3xl",
    dialog: "relative rounded-lg bg-white p-6 shadow-xl outline-none",
  },
  side: {
    overlay: "fixed inset-0 z-50 flex justify-start bg-slate-900/40",
    modal: "side-panel h-dvh w-72 max-w-[85vw] overflow-y-auto bg-white shadow-xl",
    dialog: "min-h-full px-3 py-5 outline-none",
  },
  full: {
    overlay: "fixed inset-0 z-50 flex bg-slate-900/50 sm:p-4",
    modal: "flex h-full w-full",
    dialog: "flex min-h-0 w-full flex-col overflow-y-auto bg-white p-3 shadow-xl outline-none sm:rounded-lg sm:p-5",
  },
} as const;

/**
 * A modal dialog from React Aria: focus moves in on open and is trapped, the page behind is
 * inert and does not scroll, Escape and the overlay close it when allowed, focus returns to
 * what opened it. Render it only while open.
 */
export function Dialog({ title, description, dismissible, onDismiss, role = "dialog", placement = "center", titleAside, children }: Props) {
  const descriptionId = useId();
  const look = LOOK[placement];
  const heading = <Heading slot="title" className="text-lg font-semibold">{title}</Heading>;
  return (
    <ModalOverlay
      isOpen
      isDismissable={dismissible}
      isKeyboardDismissDisabled={!dismissible}
      onOpenChange={(open) => !open && onDismiss()}
      className={look.overlay}
    >
      <Modal className={look.modal}>
        <AriaDialog role={role} aria-describedby={description ? descriptionId : undefined} className={look.dialog}>
          {titleAside ? <div className="flex items-center justify-between gap-2 px-3">{heading}{titleAside}</div> : heading}
          {description && <div id={descriptionId} className="mt-2 space-y-1 text-sm text-slate-600">{description}</div>}
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
