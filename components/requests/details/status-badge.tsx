import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

// Coloured pills for record and batch states. Colour is never the only signal: the text says it.
const TONES = {
  green: "bg-green-50 text-green-800 ring-green-600/20",
  red: "bg-red-50 text-red-800 ring-red-600/20",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/20",
  blue: "bg-brand-50 text-brand-900 ring-brand-600/20",
  slate: "bg-slate-100 text-slate-700 ring-slate-500/20",
} as const;
export type Tone = keyof typeof TONES;

/** A state the API sends as free text, narrowed to one this file knows. */
function isKeyOf<T extends object>(map: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(map, key);
}

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}

const RECORD = { success: "green", failure: "red" } as const satisfies Record<string, Tone>;
export function RecordStatusBadge({ status }: { status: string }) {
  const t = useTranslations("details");
  return isKeyOf(RECORD, status) ? <Badge tone={RECORD[status]}>{t(`record_${status}`)}</Badge> : <Badge tone="slate">{t("unknown")}</Badge>;
}

const BATCH = { pending: "amber", in_progress: "blue", completed: "green", failed: "red" } as const satisfies Record<string, Tone>;
export function BatchStatusBadge({ status }: { status: string }) {
  const t = useTranslations("details");
  return isKeyOf(BATCH, status) ? <Badge tone={BATCH[status]}>{t(`batch_${status}`)}</Badge> : <Badge tone="slate">{t("unknown")}</Badge>;
}
