import type { Issue } from "@/lib/csv/issue";

/** Offending rows. Values come from the user's file: rendered as text, never as markup. */
export function IssuesTable({ issues, caption }: { issues: readonly Issue[]; caption: string }) {
  if (!issues.length) return null;
  return (
    <div className="max-h-64 overflow-auto rounded-md border border-slate-200">
      <table className="w-full text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1 text-start font-medium">Row</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">Column</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">Value</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">Problem</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">How to fix</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr key={`${issue.row}-${issue.column}-${issue.code}-${index}`} className="border-t border-slate-100 align-top">
              <td className="px-2 py-1 tabular-nums">{issue.row ?? "—"}</td>
              <td className="px-2 py-1 font-mono">{issue.column ?? "—"}</td>
              <td className="max-w-40 break-all px-2 py-1 font-mono">{issue.value === "" ? <span className="text-slate-400">(empty)</span> : issue.value}</td>
              <td className="px-2 py-1">
                {issue.severity === "warning" ? "Warning: " : ""}{issue.message}
                <span className="block font-mono text-slate-500">{issue.code}</span>
              </td>
              <td className="px-2 py-1 text-slate-600">{issue.hint}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
