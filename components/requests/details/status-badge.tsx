import type { ReactNode } from "react";

// Coloured pills for record and batch states. Colour is never the only signal: the text says it.
const TONES = {
  green: "bg-green-50 text-green-800 ring-green-600/20",
  red: "bg-red-50 text-red-800 ring-red-600/20",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/20",
  blue: "bg-brand-50 text-brand-900 ring-brand-600/20",
  slate: "bg-slate-100 text-slate-700 ring-slate-500/20",
} as const;
export type Tone = keyof typeof TONES;

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}

const RECORD: Record<string, [Tone, string]> = { success: ["green", "Success"], failure: ["red", "Failure"] };
export function RecordStatusBadge({ status }: { status: string }) {
  const [tone, label] = RECORD[status] ?? ["slate", "Unknown"];
  return <Badge tone={tone}>{label}</Badge>;
}

const BATCH: Record<string, [Tone, string]> = {
  pending: ["amber", "Pending"],
  in_progress: ["blue", "In progress"],
  completed: ["green", "Completed"],
  failed: ["red", "Failed"],
};
export function BatchStatusBadge({ status }: { status: string }) {
  const [tone, label] = BATCH[status] ?? ["slate", "Unknown"];
  return <Badge tone={tone}>{label}</Badge>;
}
