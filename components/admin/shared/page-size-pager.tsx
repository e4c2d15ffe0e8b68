"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Props = { sizes: readonly number[]; pageSize: number; page: number; pages: number; onPageSize: (size: number) => void; onPage: (page: number) => void };

/** Rows per page and previous/next, under the admin lists that page on the server (audit log, failed jobs). */
export function PageSizePager({ sizes, pageSize, page, pages, onPageSize, onPage }: Props) {
  const t = useTranslations("admin");
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm">
      <label className="flex items-center gap-2">
        {t("rowsPerPage")}
        <select value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))} className="rounded-md border border-slate-300 bg-white px-2 py-1">
          {sizes.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <Button variant="secondary" className="px-3 py-1" disabled={page <= 1} onClick={() => onPage(page - 1)}>{t("previous")}</Button>
      <Button variant="secondary" className="px-3 py-1" disabled={page >= pages} onClick={() => onPage(page + 1)}>{t("next")}</Button>
    </nav>
  );
}
