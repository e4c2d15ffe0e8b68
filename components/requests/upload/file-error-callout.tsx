import type { Issue } from "@/lib/csv/issue";

/** The problem that stopped the check (BOM, wrong delimiter, a renamed workbook…): said loudly, with the fix. */
export function FileErrorCallout({ issue }: { issue: Issue }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">
        {issue.message}
        {issue.row !== null && <span className="font-normal"> (line {issue.row})</span>}
      </p>
      <p className="mt-1"><span className="font-medium">How to fix: </span>{issue.hint}</p>
      <p className="mt-1 font-mono text-xs text-red-700">{issue.code}</p>
    </div>
  );
}
