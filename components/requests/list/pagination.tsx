import { useId } from "react";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

const PAGE_SIZES = [10, 25, 50, 100] as const;

type Props = { page: number; pageSize: number; total: number; onPage: (page: number) => void; onPageSize: (size: number) => void };

export function Pagination({ page, pageSize, total, onPage, onPageSize }: Props) {
  const t = useTranslations("list");
  const showing = (p: number, size: number, n: number) => {
    if (n === 0) return t("noRequests");
    const first = (p - 1) * size + 1;
    // A shared link can point past the end after requests were filtered away.
    if (first > n) return t("showingNone", { total: n });
    return t("showing", { first, last: Math.min(p * size, n), total: n });
  };
  const id = useId();
  const pages = pageCount(pageSize, total);
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4 text-sm">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-slate-600">{t("rowsPerPage")}</label>
        <select
          id={id}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        >
          {PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
        </select>
      </div>
      <p aria-live="polite" className="text-slate-600">{showing(page, pageSize, total)}</p>
      <div className="flex gap-2">
        <Button variant="secondary" className="px-3 py-1" disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, pages))}>
          {t("previous")}
        </Button>
        <Button variant="secondary" className="px-3 py-1" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t("next")}
        </Button>
      </div>
    </nav>
  );
}

export function pageCount(pageSize: number, total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
