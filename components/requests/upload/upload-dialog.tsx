"use client";
import { useState } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { SuccessNotice } from "./success-notice";
import { UploadFlow } from "./upload-flow";
import { useTranslations } from "next-intl";

export type UploadDialogProps = {
  open: boolean;
  onClose(): void;
  /** Set when the file corrects an earlier request (View Details → "Resubmit corrected file"). */
  resubmissionOf?: { id: string; fileName: string };
  /**
   * A file to correct in the browser at once (View Details → "Correct and resubmit": the
   * errored rows' download as a File): the dialog checks it and opens the correction grid.
   */
  correctFile?: File;
  /** Called after the server verified the file, before the dialog closes. */
  onUploaded?(request: RequestDetail): void;
};

/**
 * The Upload File dialog. Keep it mounted and toggle `open`: the success notice is shown by
 * this component after the dialog closes. The flow's state lives inside the modal, so every
 * opening starts afresh.
 */
export function UploadDialog({ open, onClose, resubmissionOf, correctFile, onUploaded }: UploadDialogProps) {
  const t = useTranslations("upload");
  const [notice, setNotice] = useState<string | null>(null);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setNotice(null);
  }

  return (
    <>
      {open && (
        <UploadFlow
          resubmissionOf={resubmissionOf}
          correctFile={correctFile}
          onClose={onClose}
          onUploaded={(request) => {
            setNotice(t("success"));
            onUploaded?.(request);
            onClose();
          }}
        />
      )}
      <SuccessNotice message={open ? null : notice} onDismiss={() => setNotice(null)} />
    </>
  );
}
