"use client";
import { Ltr } from "@/components/ui/ltr";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { RequestDetail } from "@/lib/requests/contracts";
import { ErrorMessage } from "./query-state";
import { ApprovalProgress } from "./approval-progress";
import { ApproveConfirmation } from "./approve-confirmation";
import { RejectForm } from "./reject-form";
import { SampleRows, useSampleRows } from "./sample-rows";
import { useDecision } from "./use-decision";
import { ValidationSummary } from "./validation-summary";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

/** Four-eyes review: what is being approved, and the two decisions. Shown when `approve` is allowed. */
export function ReviewPanel({ detail }: { detail: RequestDetail }) {
  const t = useTranslations("details");
  const f = useFormat();
  const { approve, reject } = useDecision(detail.id);
  // At most one of the two decisions is being confirmed at a time.
  const [deciding, setDeciding] = useState<"approve" | "reject" | null>(null);
  // Nothing is decided on unseen data: both wait until the sample rows have loaded.
  const sample = useSampleRows(detail.id);
  const busy = approve.isPending || reject.isPending || !sample.isSuccess;
  return (
    <section id="review" aria-labelledby="review-heading" className="scroll-mt-6 space-y-4 rounded-lg border-2 border-brand-600 bg-white p-5">
      <h2 id="review-heading" className="text-lg font-semibold">{t("reviewTitle")}</h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-3">
        <div><dt className="text-slate-600">{t("file")}</dt><dd className="break-all"><bdi>{detail.fileName}</bdi></dd></div>
        <div><dt className="text-slate-600">{t("rows")}</dt><dd>{f.count(detail.rowCount)}</dd></div>
        <div><dt className="text-slate-600">{t("size")}</dt><dd><bdi>{f.bytes(detail.fileSize)}</bdi></dd></div>
        <div className="sm:col-span-3"><dt className="text-slate-600">{t("shaBound")}</dt><dd className="break-all font-mono text-xs"><Ltr>{detail.sha256}</Ltr></dd></div>
      </dl>
      <ApprovalProgress approval={detail.approval} />
      <ValidationSummary validation={detail.validation} />
      <div>
        <h3 className="mb-2 text-sm font-semibold">{t("sampleRows")}</h3>
        <SampleRows requestId={detail.id} />
      </div>
      {deciding === "reject" ? (
        <RejectForm pending={reject.isPending} onReject={(reason) => reject.mutate(reason)} onCancel={() => setDeciding(null)} />
      ) : deciding === "approve" ? (
        <ApproveConfirmation
          rowCount={detail.rowCount}
          sha256={detail.sha256}
          controlTotalRequired={detail.approval.controlTotalRequired}
          pending={approve.isPending}
          onConfirm={(controlTotal) =>
            approve.mutate({ sha256: detail.sha256, policyVersion: detail.approval.policyVersion, ...(controlTotal === undefined ? {} : { controlTotal }) })
          }
          onCancel={() => setDeciding(null)}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={() => setDeciding("approve")} disabled={busy}>{t("approve")}</Button>
          <Button variant="secondary" onClick={() => setDeciding("reject")} disabled={busy}>{t("reject")}</Button>
          {sample.isPending && <span className="text-sm text-slate-600">{t("waitForSample")}</span>}
        </div>
      )}
      {approve.isError && <ErrorMessage error={approve.error} />}
      {reject.isError && <ErrorMessage error={reject.error} />}
    </section>
  );
}
