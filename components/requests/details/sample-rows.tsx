"use client";
import { useQuery } from "@tanstack/react-query";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { Empty, ErrorMessage, Loading } from "./query-state";

/** The first rows of the file as the server shows them to approvers (Emirates IDs masked there). */
export function SampleRows({ requestId }: { requestId: string }) {
  const { data, error, isPending } = useQuery({ queryKey: requestKeys.sample(requestId), queryFn: () => api.sample(requestId) });
  if (isPending) return <Loading label="Loading sample rows…" />;
  if (!data) return <ErrorMessage error={error} />;
  if (data.rows.length === 0) return <Empty>The file has no rows to sample.</Empty>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Sample rows of the file</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Line</th>
            {TEMPLATE_COLUMNS.map((c) => <th key={c} scope="col" className="px-3 py-2 font-medium">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.row} className="border-t border-slate-100">
              <td className="px-3 py-2 tabular-nums text-slate-500">{r.row}</td>
              {TEMPLATE_COLUMNS.map((c) => <td key={c} className="whitespace-nowrap px-3 py-2">{r.values[c] || "—"}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
