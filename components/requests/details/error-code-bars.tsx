"use client";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { Ltr } from "@/components/ui/ltr";
import type { ErrorSummaryDto } from "@/lib/batches/contracts";
import { businessErrorText } from "./business-error-text";

/** Horizontal bars, one per code, longest first; the number is always there as text. */
export function ErrorCodeBars({ byCode }: { byCode: ErrorSummaryDto["byCode"] }) {
  const t = useTranslations("details");
  const tAll = useTranslations();
  const f = useFormat();
  if (byCode.length === 0) return <p className="text-sm text-slate-600">{t("noFailed")}</p>;
  const max = Math.max(...byCode.map((c) => c.count));
  return (
    <ul className="space-y-2" aria-label={t("perCode")}>
      {byCode.map((c) => (
        <li key={c.code} className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,18rem)_1fr] sm:items-center sm:gap-3">
          <span className="text-sm">
            <Ltr className="block font-mono text-xs font-semibold">{c.code}</Ltr>
            <span className="block text-xs text-slate-600">{businessErrorText(c.code, c.message, tAll)}</span>
          </span>
          <span className="flex items-center gap-2">
            <span aria-hidden="true" className="h-4 rounded-sm bg-red-500" style={{ width: `${Math.max(1, (c.count / max) * 100)}%` }} />
            <span className="text-sm tabular-nums">{f.count(c.count)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
