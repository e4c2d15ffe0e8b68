"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Props = { counts: { cellsChanged: number; rowsExcluded: number }; onStay: () => void; onLeave: () => void };

/** Asked before closing the upload dialog (or choosing another file) loses corrections only this page holds. */
export function LeaveConfirmation({ counts, onStay, onLeave }: Props) {
  const t = useTranslations("correction");
  return (
    <Dialog
      role="alertdialog"
      title={t("discardTitle")}
      description={<p>{t("discardBody", { cells: counts.cellsChanged, rows: counts.rowsExcluded })}</p>}
      dismissible
      onDismiss={onStay}
    >
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onStay} autoFocus>{t("keepEditing")}</Button>
        <Button type="button" variant="danger" onClick={onLeave}>{t("discard")}</Button>
      </div>
    </Dialog>
  );
}
