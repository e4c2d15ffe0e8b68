type Tone = "green" | "amber" | "red" | "slate";

const TONES: Record<Tone, string> = {
  green: "bg-green-50 text-green-800 ring-green-600/30",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/30",
  red: "bg-red-50 text-red-800 ring-red-600/30",
  slate: "bg-slate-100 text-slate-700 ring-slate-500/30",
};

// The text says it all; the colour only repeats it.
export function Badge({ tone, children }: { tone: Tone; children: string }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}
