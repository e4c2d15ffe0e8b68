"use client";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

type Props = {
  label: string;
  confirmLabel: string;
  /** Whether this confirmation is open. The row owns it, so only one of its confirmations is open at a time. */
  asking: boolean;
  onAsking: (asking: boolean) => void;
  pending?: boolean;
  onConfirm: () => void;
  variant?: "danger" | "secondary";
};

/** A consequential action takes two deliberate clicks; Cancel (or Escape) backs out. */
export function ConfirmButton({ label, confirmLabel, asking, onAsking, pending = false, onConfirm, variant = "danger" }: Props) {
  const t = useTranslations("admin");
  if (!asking) {
    return <Button variant="secondary" className="px-3 py-1" onClick={() => onAsking(true)} disabled={pending}>{label}</Button>;
  }
  return (
    <span className="inline-flex flex-wrap gap-1" onKeyDown={(e) => e.key === "Escape" && onAsking(false)}>
      <Button variant={variant} className="px-3 py-1" autoFocus disabled={pending} onClick={() => { onAsking(false); onConfirm(); }}>
        {confirmLabel}
      </Button>
      <Button variant="ghost" className="px-3 py-1" onClick={() => onAsking(false)}>{t("cancel")}</Button>
    </span>
  );
}
