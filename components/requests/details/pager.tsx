import { Button } from "@/components/ui/button";

type Props = { page: number; totalPages?: number; hasNext?: boolean; summary?: string; onPage: (page: number) => void };

/** Previous/next paging for either scheme: totals (records) or hasNext (errored). */
export function Pager({ page, totalPages, hasNext, summary, onPage }: Props) {
  const more = hasNext ?? (totalPages !== undefined && page < totalPages);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <span className="text-slate-600">
        Page {page.toLocaleString()}
        {totalPages !== undefined && ` of ${Math.max(1, totalPages).toLocaleString()}`}
        {summary && ` · ${summary}`}
      </span>
      <span className="flex gap-2">
        <Button variant="secondary" className="py-1.5" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</Button>
        <Button variant="secondary" className="py-1.5" disabled={!more} onClick={() => onPage(page + 1)}>Next</Button>
      </span>
    </nav>
  );
}
