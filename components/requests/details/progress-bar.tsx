"use client";
import { useTranslations } from "next-intl";

export function ProgressBar({ processed, total }: { processed: number; total: number }) {
  const t = useTranslations("details");
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  const text = t("progressText", { processed, total, percent });
  return (
    <div>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={processed}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] motion-reduce:transition-none" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-600">{text}</p>
    </div>
  );
}
