"use client";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { PageRange } from "./page-range";

type Props = { page: number; range: PageRange; hasNext: boolean; onPage: (page: number) => void };

/** "1–50 of 1,266" and previous/next, for either paging scheme (totals or "has next"). */
export function Pager({ page, range, hasNext, onPage }: Props) {
  const t = useTranslations("details");
  const f = useFormat();
  const values = { first: f.count(range.first), last: f.count(range.last) };
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <span className="text-slate-600" data-testid="page-range">
        {range.total === null ? t("rangeOpen", values) : t("range", { ...values, total: f.count(range.total) })}
      </span>
      <span className="flex gap-2">
        <Button variant="secondary" className="py-1.5" disabled={page <= 1} onClick={() => onPage(page - 1)}>{t("previous")}</Button>
        <Button variant="secondary" className="py-1.5" disabled={!hasNext} onClick={() => onPage(page + 1)}>{t("next")}</Button>
      </span>
    </nav>
  );
}
