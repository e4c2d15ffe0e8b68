/** A determinate progress bar; the visible label repeats the value for sighted users. */
export function ProgressBar({ label, percent }: { label: string; percent: number }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div>
      <p className="text-sm text-slate-700">{label} {value}%</p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-[width] motion-reduce:transition-none" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
