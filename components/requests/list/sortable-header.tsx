import { ariaSort, type ListParams, type SortColumn } from "./list-params";

type Props = { column: SortColumn; label: string; params: ListParams; onSort: (column: SortColumn) => void; align?: "start" | "end" };

/** A header that sorts on click; aria-sort tells assistive technology the current order. */
export function SortableHeader({ column, label, params, onSort, align = "start" }: Props) {
  const sort = ariaSort(params, column);
  const arrow = sort === "ascending" ? "↑" : sort === "descending" ? "↓" : "↕";
  return (
    <th scope="col" aria-sort={sort} className={`whitespace-nowrap px-3 py-2 font-medium ${align === "end" ? "text-end" : "text-start"}`}>
      <button type="button" onClick={() => onSort(column)} className="inline-flex items-center gap-1 rounded hover:text-slate-900">
        {label}
        <span aria-hidden="true" className={sort === "none" ? "text-slate-300" : "text-slate-700"}>{arrow}</span>
      </button>
    </th>
  );
}
