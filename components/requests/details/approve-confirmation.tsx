"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

/** `3f9a…c21d`: enough of the SHA-256 to compare with the file the uploader holds. */
export function shortDigest(sha256: string): string {
  return sha256.length <= 8 ? sha256 : `${sha256.slice(0, 4)}…${sha256.slice(-4)}`;
}

type Props = {
  rowCount: number;
  sha256: string;
  /** The organization's policy asks the approver to type the number of records (a control total). */
  controlTotalRequired: boolean;
  pending: boolean;
  onConfirm: (controlTotal: number | undefined) => void;
  onCancel: () => void;
};

/**
 * Approving submits every record to the platform: one more deliberate click, saying what is sent.
 * Under a control-total policy the approver types the record count; the server checks it.
 */
export function ApproveConfirmation({ rowCount, sha256, controlTotalRequired, pending, onConfirm, onCancel }: Props) {
  const t = useTranslations("details");
  const ta = useTranslations("approvals");
  const tc = useTranslations("common");
  const [typed, setTyped] = useState("");
  const controlTotal = controlTotalRequired ? Number(typed.trim()) : undefined;
  const incomplete = controlTotalRequired && (typed.trim() === "" || !Number.isInteger(controlTotal));
  return (
    <div role="group" aria-labelledby="approve-confirm-text" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4" onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <p id="approve-confirm-text" className="text-sm text-amber-950" data-testid="approve-confirm-text">
        {/* The digest inside left-to-right isolates (U+2066 … U+2069): it reads the same in Arabic. */}
        {t("approveConfirm", { count: rowCount, digest: `\u2066${shortDigest(sha256)}\u2069` })}
      </p>
      {controlTotalRequired && (
        <div className="max-w-xs">
          <TextField label={ta("controlTotalLabel")} hint={ta("controlTotalHint")} inputMode="numeric" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button autoFocus={!controlTotalRequired} onClick={() => onConfirm(controlTotal)} disabled={pending || incomplete}>{pending ? t("approving") : t("approveConfirmButton", { count: rowCount })}</Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>{tc("cancel")}</Button>
      </div>
    </div>
  );
}
