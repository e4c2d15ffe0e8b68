"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

type Props = { secret: string; organizationName: string; note?: string; onDismiss: () => void };

/** The key in full, once: copy it now, it cannot be shown again. */
export function OneTimeSecret({ secret, organizationName, note, onDismiss }: Props) {
  const t = useTranslations("admin");
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id={`${id}-title`} className="font-semibold">{t("newKeyFor", { name: organizationName })}</h2>
      <p className="text-sm text-amber-900">{t("copyNow")}{note ? ` ${note}` : ""}</p>
      <label htmlFor={id} className="block text-sm font-medium">x-transaction-key</label>
      <input id={id} readOnly value={secret} onFocus={(e) => e.currentTarget.select()} dir="ltr" className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm" data-testid="one-time-key" />
      <div className="flex items-center gap-2">
        <Button type="button" onClick={copy}>{t("copyKey")}</Button>
        <Button type="button" variant="secondary" onClick={onDismiss}>{t("stored")}</Button>
        <span role="status" className="text-sm">{copied === "yes" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}</span>
      </div>
    </section>
  );
}
