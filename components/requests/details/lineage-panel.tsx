"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { LineageDto, LineageOutcome, LineageStep } from "@/lib/requests/contracts";
import { approvalStatusOf } from "@/lib/requests/request-status";
import { useFormat } from "@/lib/i18n/use-format";
import { ErrorCodeBars } from "./error-code-bars";
import { ErrorMessage, Loading } from "./query-state";
import { Badge, BatchStatusBadge } from "./status-badge";
import { useLineage } from "./use-lineage";

const detailsHref = (id: string) => `/population-migration/${encodeURIComponent(id)}`;

/**
 * View Details' lineage: the original file, each correction (linked to its own View Details,
 * with its status and counts), and what became of the original's customers across them.
 * Counts and codes only: what platform administrators may see too.
 */
export function LineagePanel({ requestId }: { requestId: string }) {
  const t = useTranslations("lineage");
  const { data: lineage, error, isPending } = useLineage(requestId);
  return (
    <section aria-labelledby="lineage-heading" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="lineage">
      <h2 id="lineage-heading" className="text-lg font-semibold">{t("title")}</h2>
      {isPending ? <Loading label={t("loading")} /> : !lineage ? <ErrorMessage error={error} /> : (
        <>
          <Outcome outcome={lineage.outcome} />
          <Chain lineage={lineage} currentId={requestId} />
        </>
      )}
    </section>
  );
}

function Outcome({ outcome }: { outcome: LineageOutcome | null }) {
  const t = useTranslations("lineage");
  const f = useFormat();
  if (!outcome) return <p className="mt-2 text-sm text-slate-600">{t("noOutcome")}</p>;
  return (
    <div className="mt-2 space-y-3" data-testid="lineage-outcome">
      <p className="text-sm font-medium">
        {t("outcome", { customers: outcome.customers, digitized: f.count(outcome.digitized), corrections: outcome.completedCorrections, failing: f.count(outcome.stillFailing) })}
        {outcome.inCorrection > 0 && <> {t("inCorrection", { count: outcome.inCorrection })}</>}
      </p>
      {outcome.stillFailing === 0 ? (
        <p className="text-sm text-green-800">{t("allDigitized")}</p>
      ) : (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{t("stillFailingByCode")}</h3>
          {outcome.approximate && <p className="mb-2 text-xs text-slate-600">{t("approximate")}</p>}
          <ErrorCodeBars byCode={outcome.byCode.map((c) => ({ ...c, message: null }))} />
        </div>
      )}
    </div>
  );
}

function Chain({ lineage, currentId }: { lineage: LineageDto; currentId: string }) {
  const t = useTranslations("lineage");
  const positionOf = new Map(lineage.steps.map((s) => [s.id, s.position]));
  const stepName = (position: number) => (position === 0 ? t("original") : t("correctionN", { n: position }));
  return (
    <div className="mt-4">
      <h3 className="mb-2 text-sm font-semibold">{t("chain")}</h3>
      <ol className="space-y-2">
        {lineage.steps.map((step) => {
          const parent = step.correctsId === null ? undefined : positionOf.get(step.correctsId);
          return (
            <li key={step.id} className="rounded-md border border-slate-100 p-3 text-sm">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-semibold">{stepName(step.position)}</span>
                {parent !== undefined && <span className="text-slate-600">{parent === 0 ? t("ofOriginal") : t("ofCorrection", { n: parent })}</span>}
                <StepState step={step} />
              </div>
              <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                {step.id === currentId ? (
                  <span><bdi>{step.fileName}</bdi> ({t("thisRequest")})</span>
                ) : (
                  <Link className="text-brand-700 hover:underline" href={detailsHref(step.id)}><bdi>{step.fileName}</bdi></Link>
                )}
                <StepCounts step={step} />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The batch's state once there is one; before, where the request stands (approval, upload). */
function StepState({ step }: { step: LineageStep }) {
  const t = useTranslations("lineage");
  const ts = useTranslations("status");
  if (step.batchStatus) return <BatchStatusBadge status={step.batchStatus} />;
  if (step.status === "UPLOADING") return <Badge tone="amber">{t("uploading")}</Badge>;
  const approval = approvalStatusOf(step.status);
  if (!approval) return <Badge tone="red">{t("uploadFailed")}</Badge>;
  return <Badge tone={approval === "Rejected" ? "red" : approval === "Approved" ? "green" : "slate"}>{ts(approval)}</Badge>;
}

function StepCounts({ step }: { step: LineageStep }) {
  const t = useTranslations("lineage");
  const f = useFormat();
  return (
    <span className="text-slate-600">
      {t("records", { count: step.rowCount })}
      {step.successful !== null && step.failed !== null && <> · {t("counts", { successful: f.count(step.successful), failed: f.count(step.failed) })}</>}
    </span>
  );
}
