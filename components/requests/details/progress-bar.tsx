import { formatCount } from "@/components/requests/format";

export function ProgressBar({ processed, total }: { processed: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  const text = `${formatCount(processed)} of ${formatCount(total)} records processed (${percent}%)`;
  return (
    <div>
      <div
        role="progressbar"
        aria-label="Records processed"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={processed}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-600">{text}</p>
    </div>
  );
}
