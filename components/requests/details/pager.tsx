"use client";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

type Props = { page: number; totalPages?: number; hasNext?: boolean; summary?: string; onPage: (page: number) => void };

/** Previous/next paging for either scheme: totals (records) or hasNext (errored). */
export function Pager({ page, totalPages, hasNext, summary, onPage }: Props) {
  const t = useTranslations("details");
  const more = hasNext ?? (totalPages !== undefined && page < totalPages);
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <span className="text-slate-600">
        {t("pageN", { page })}
        {totalPages !== undefined && t("ofN", { n: Math.max(1, totalPages) })}
        {summary && ` · ${summary}`}
      </span>
      <span className="flex gap-2">
        <Button variant="secondary" className="py-1.5" disabled={page <= 1} onClick={() => onPage(page - 1)}>{t("previous")}</Button>
        <Button variant="secondary" className="py-1.5" disabled={!more} onClick={() => onPage(page + 1)}>{t("next")}</Button>
      </span>
    </nav>
  );
}
