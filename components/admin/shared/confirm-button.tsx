"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

type Props = { label: string; confirmLabel: string; pending?: boolean; onConfirm: () => void; variant?: "danger" | "secondary" };

/** A consequential action takes two deliberate clicks; Cancel (or Escape) backs out. */
export function ConfirmButton({ label, confirmLabel, pending = false, onConfirm, variant = "danger" }: Props) {
  const t = useTranslations("admin");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return <Button variant="secondary" className="px-3 py-1" onClick={() => setAsking(true)} disabled={pending}>{label}</Button>;
  }
  return (
    <span className="inline-flex gap-1" onKeyDown={(e) => e.key === "Escape" && setAsking(false)}>
      <Button variant={variant} className="px-3 py-1" autoFocus disabled={pending} onClick={() => { setAsking(false); onConfirm(); }}>
        {confirmLabel}
      </Button>
      <Button variant="ghost" className="px-3 py-1" onClick={() => setAsking(false)}>{t("cancel")}</Button>
    </span>
  );
}
