import { formatCount } from "@/components/requests/format";
import type { ErrorSummaryDto } from "@/lib/batches/contracts";

/** Horizontal bars, one per code, longest first; the number is always there as text. */
export function ErrorCodeBars({ byCode }: { byCode: ErrorSummaryDto["byCode"] }) {
  if (byCode.length === 0) return <p className="text-sm text-slate-500">No failed records.</p>;
  const max = Math.max(...byCode.map((c) => c.count));
  return (
    <ul className="space-y-2" aria-label="Failed records per error code">
      {byCode.map((c) => (
        <li key={c.code} className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,18rem)_1fr] sm:items-center sm:gap-3">
          <span className="text-sm">
            <span className="block font-mono text-xs font-semibold">{c.code}</span>
            {c.message && <span className="block text-xs text-slate-500">{c.message}</span>}
          </span>
          <span className="flex items-center gap-2">
            <span aria-hidden="true" className="h-4 rounded-sm bg-red-500" style={{ width: `${Math.max(1, (c.count / max) * 100)}%` }} />
            <span className="text-sm tabular-nums">{formatCount(c.count)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
