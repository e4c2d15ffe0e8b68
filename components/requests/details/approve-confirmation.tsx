"use client";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

/** `3f9a…c21d`: enough of the SHA-256 to compare with the file the uploader holds. */
export function shortDigest(sha256: string): string {
  return sha256.length <= 8 ? sha256 : `${sha256.slice(0, 4)}…${sha256.slice(-4)}`;
}

type Props = { rowCount: number; sha256: string; pending: boolean; onConfirm: () => void; onCancel: () => void };

/** Approving submits every record to the platform: one more deliberate click, saying what is sent. */
export function ApproveConfirmation({ rowCount, sha256, pending, onConfirm, onCancel }: Props) {
  const t = useTranslations("details");
  const tc = useTranslations("common");
  return (
    <div role="group" aria-labelledby="approve-confirm-text" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4" onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <p id="approve-confirm-text" className="text-sm text-amber-950" data-testid="approve-confirm-text">
        {/* The digest inside left-to-right isolates (U+2066 … U+2069): it reads the same in Arabic. */}
        {t("approveConfirm", { count: rowCount, digest: `\u2066${shortDigest(sha256)}\u2069` })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button autoFocus onClick={onConfirm} disabled={pending}>{pending ? t("approving") : t("approveConfirmButton", { count: rowCount })}</Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>{tc("cancel")}</Button>
      </div>
    </div>
  );
}
