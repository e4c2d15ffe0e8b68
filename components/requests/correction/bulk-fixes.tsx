"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { BulkFixKind, BulkFixOffer } from "@/lib/csv/correction/correction-api";
import { Button } from "@/components/ui/button";
import { fixDoneText, fixOfferText } from "./correction-text";

type Props = { fixes: readonly BulkFixOffer[]; onApply: (kind: BulkFixKind) => Promise<number | null> };

/**
 * The one-click repairs the engine found unambiguous, each with its count. Nothing changes
 * until one is pressed; then what it changed stays on screen ("143 dates rewritten…").
 */
export function BulkFixes({ fixes, onApply }: Props) {
  const t = useTranslations();
  const [done, setDone] = useState<string[]>([]);
  const titleId = useId();
  const [busy, setBusy] = useState<BulkFixKind | null>(null);
  const offers = fixes.filter((offer) => offer.cells > 0);

  async function apply(kind: BulkFixKind) {
    setBusy(kind);
    const changed = await onApply(kind);
    setBusy(null);
    if (changed !== null) setDone((list) => [...list, fixDoneText(kind, changed, t)]);
  }

  if (!offers.length && !done.length) return null;
  return (
    <section aria-labelledby={titleId} className="space-y-2 rounded-md bg-slate-50 p-3">
      <h3 id={titleId} className="text-sm font-semibold">{t("correction.fixesTitle")}</h3>
      {offers.length > 0 && <p className="text-xs text-slate-600">{t("correction.fixesHint")}</p>}
      <div className="flex flex-wrap gap-2">
        {offers.map((offer) => (
          <Button key={offer.kind} type="button" variant="secondary" disabled={busy !== null} onClick={() => void apply(offer.kind)} className="text-start">
            {fixOfferText(offer, t)}
          </Button>
        ))}
      </div>
      <div role="status">
        {done.length > 0 && <ul className="space-y-1 text-sm text-emerald-800">{done.map((line, i) => <li key={i}>{line}</li>)}</ul>}
      </div>
    </section>
  );
}
