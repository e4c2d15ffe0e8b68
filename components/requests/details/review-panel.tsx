"use client";
import { Ltr } from "@/components/ui/ltr";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { RequestDetail } from "@/lib/requests/contracts";
import { ErrorMessage } from "./query-state";
import { RejectForm } from "./reject-form";
import { SampleRows } from "./sample-rows";
import { useDecision } from "./use-decision";
import { ValidationSummary } from "./validation-summary";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

/** Four-eyes review: what is being approved, and the two decisions. Shown when `approve` is allowed. */
export function ReviewPanel({ detail }: { detail: RequestDetail }) {
  const t = useTranslations("details");
  const f = useFormat();
  const { approve, reject } = useDecision(detail.id);
  const [rejecting, setRejecting] = useState(false);
  const busy = approve.isPending || reject.isPending;
  return (
    <section id="review" aria-labelledby="review-heading" className="scroll-mt-6 space-y-4 rounded-lg border-2 border-brand-600 bg-white p-5">
      <h2 id="review-heading" className="text-lg font-semibold">{t("reviewTitle")}</h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-3">
        <div><dt className="text-slate-600">{t("file")}</dt><dd className="break-all"><bdi>{detail.fileName}</bdi></dd></div>
        <div><dt className="text-slate-600">{t("rows")}</dt><dd>{f.count(detail.rowCount)}</dd></div>
        <div><dt className="text-slate-600">{t("size")}</dt><dd><bdi>{f.bytes(detail.fileSize)}</bdi></dd></div>
        <div className="sm:col-span-3"><dt className="text-slate-600">{t("shaBound")}</dt><dd className="break-all font-mono text-xs"><Ltr>{detail.sha256}</Ltr></dd></div>
      </dl>
      <ValidationSummary validation={detail.validation} />
      <div>
        <h3 className="mb-2 text-sm font-semibold">{t("sampleRows")}</h3>
        <SampleRows requestId={detail.id} />
      </div>
      {rejecting ? (
        <RejectForm pending={reject.isPending} onReject={(reason) => reject.mutate(reason)} onCancel={() => setRejecting(false)} />
      ) : (
        <div className="flex gap-2">
          <Button onClick={() => approve.mutate(detail.sha256)} disabled={busy}>{approve.isPending ? t("approving") : t("approve")}</Button>
          <Button variant="secondary" onClick={() => setRejecting(true)} disabled={busy}>{t("reject")}</Button>
        </div>
      )}
      {approve.isError && <ErrorMessage error={approve.error} />}
      {reject.isError && <ErrorMessage error={reject.error} />}
    </section>
  );
}
