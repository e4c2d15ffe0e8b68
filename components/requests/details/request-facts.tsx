import Link from "next/link";
import type { ReactNode } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { Ltr } from "@/components/ui/ltr";
import { ValidationSummary } from "./validation-summary";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

const detailsHref = (id: string) => `/population-migration/${encodeURIComponent(id)}`;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-3 sm:gap-4 py-2">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-sm sm:col-span-2">{children}</dd>
    </div>
  );
}

function decision(d: RequestDetail, t: ReturnType<typeof useTranslations<"details">>, when: (iso: string | null) => string): ReactNode {
  if (!d.decidedBy) return t("notDecided");
  return t(d.status === "REJECTED" ? "rejectedBy" : "approvedBy", { name: d.decidedBy.name, email: d.decidedBy.email, when: when(d.decidedAt) });
}

export function RequestFacts({ detail: d }: { detail: RequestDetail }) {
  const t = useTranslations("details");
  const f = useFormat();
  const when = (iso: string | null) => (iso ? f.dateTime(iso) : "—");
  return (
    <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="facts-heading" className="text-lg font-semibold">{t("requestTitle")}</h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <Fact label={t("uploadedBy")}><bdi>{t("uploadedByValue", { name: d.createdBy.name, email: d.createdBy.email, when: when(d.createdAt) })}</bdi></Fact>
        <Fact label={t("rows")}>{f.count(d.rowCount)}</Fact>
        <Fact label={t("size")}><bdi>{f.bytes(d.fileSize)}</bdi></Fact>
        <Fact label="SHA-256"><Ltr className="break-all font-mono text-xs">{d.sha256}</Ltr></Fact>
        <Fact label={t("validation")}><ValidationSummary validation={d.validation} /></Fact>
        <Fact label={t("decision")}><bdi>{decision(d, t, when)}</bdi></Fact>
        {d.rejectionReason && <Fact label={t("rejectReason")}><span dir="auto" className="whitespace-pre-wrap">{d.rejectionReason}</span></Fact>}
        <Fact label={t("submitted")}>{d.submittedAt ? when(d.submittedAt) : t("notSubmitted")}</Fact>
        {d.submissionAttempts > 0 && <Fact label={t("submissionAttempts")}>{f.count(d.submissionAttempts)}</Fact>}
        {d.correction && (
          <Fact label={t("correction")}>
            {d.correction.source === "grid"
              ? t("correctedInGrid", { cells: d.correction.cellsChanged, rows: d.correction.rowsExcluded })
              : t("correctedFromDownload")}
          </Fact>
        )}
        {d.resubmissionOf && (
          <Fact label={t("corrects")}>
            <Link className="text-brand-700 hover:underline" href={detailsHref(d.resubmissionOf.id)}><bdi>{d.resubmissionOf.fileName}</bdi></Link>
          </Fact>
        )}
        {d.resubmissions.length > 0 && (
          <Fact label={t("correctedBy")}>
            <ul className="space-y-1">
              {d.resubmissions.map((r) => (
                <li key={r.id}>
                  <Link className="text-brand-700 hover:underline" href={detailsHref(r.id)}><bdi>{r.fileName}</bdi></Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
    </section>
  );
}
