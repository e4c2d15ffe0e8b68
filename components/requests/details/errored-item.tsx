import type { ErroredPageDto } from "@/lib/batches/contracts";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";

type Item = ErroredPageDto["items"][number];

/** One failed record: each business error (code, message, step) above the row as uploaded. */
export function ErroredItemCard({ item }: { item: Item }) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="text-sm font-medium">Customer {item.input.customer_id || "—"}</p>
      <ul className="mt-2 space-y-1 text-sm">
        {item.businessErrors.map((e, i) => (
          <li key={i} className="flex flex-wrap gap-x-2">
            <span className="font-mono text-xs font-semibold text-red-800">{e.error}</span>
            <span>{e.message ?? "No message given"}</span>
            {e.step && <span className="text-xs text-slate-500">at step {e.step}</span>}
          </li>
        ))}
      </ul>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-left text-xs">
          <caption className="sr-only">The row as uploaded</caption>
          <thead className="text-slate-500">
            <tr>{TEMPLATE_COLUMNS.map((c) => <th key={c} scope="col" className="whitespace-nowrap px-2 py-1 font-medium">{c}</th>)}</tr>
          </thead>
          <tbody>
            <tr className="font-mono">{TEMPLATE_COLUMNS.map((c) => <td key={c} className="whitespace-nowrap px-2 py-1">{item.input[c] || "—"}</td>)}</tr>
          </tbody>
        </table>
      </div>
    </li>
  );
}
