"use client";
import { Button } from "@/components/ui/button";
import { Ltr } from "@/components/ui/ltr";
import type { BatchStatusDto } from "@/lib/batches/contracts";
import { batchPace } from "./batch-pace";
import { ProgressBar } from "./progress-bar";
import { ErrorMessage, Loading } from "./query-state";
import { BatchStatusBadge } from "./status-badge";
import type { useBatchStatus } from "./use-batch-status";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

function Totals({ s }: { s: BatchStatusDto }) {
  const t = useTranslations("details");
  const f = useFormat();
  const items = [
    [t("records"), s.totals.total],
    [t("processed"), s.totals.processed],
    [t("successful"), s.totals.successful],
    [t("failed"), s.totals.failed],
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map(([label, n]) => (
        <div key={label} className="rounded-md bg-slate-50 p-3">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{f.count(n)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Records per second and, while the batch runs, about how long until the last record. */
function Pace({ s }: { s: BatchStatusDto }) {
  const t = useTranslations("details");
  const f = useFormat();
  const { recordsPerSecond, secondsLeft } = batchPace(s);
  if (recordsPerSecond === null) return null;
  const rate = recordsPerSecond < 10 ? Math.round(recordsPerSecond * 10) / 10 : Math.round(recordsPerSecond);
  const minutes = secondsLeft === null ? null : Math.ceil(secondsLeft / 60);
  const left =
    minutes === null
      ? null
      : secondsLeft! < 60
        ? t("etaUnderMinute")
        : minutes < 120
          ? t("etaMinutes", { n: minutes })
          : t("etaHours", { n: Math.round(minutes / 60) });
  return (
    <p className="text-sm text-slate-700" data-testid="batch-pace">
      {t("pace", { rate: f.count(rate) })}
      {left && ` · ${left}`}
    </p>
  );
}

type Props = { state: ReturnType<typeof useBatchStatus>; submittedAt: string | null };

export function BatchStatusPanel({ state, submittedAt }: Props) {
  const { query, waitingUntil, gaveUp, checkNow } = state;
  const t = useTranslations("details");
  const f = useFormat();
  const when = (iso: string | null) => (iso ? f.dateTime(iso) : "—");
  const s = query.data;
  return (
    <section aria-labelledby="batch-status-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="batch-status-heading" className="flex items-center gap-3 text-lg font-semibold">
          {t("batchStatus")} {s && <BatchStatusBadge status={s.status} />}
        </h2>
        <Button variant="secondary" onClick={checkNow} disabled={query.isFetching}>
          {query.isFetching ? t("checkingNow") : t("checkNow")}
        </Button>
      </div>
      {waitingUntil !== null && (
        <p role="status" className="text-sm text-slate-600">
          {t("firstCheckAt", { when: f.dateTime(new Date(waitingUntil).toISOString()) })}
        </p>
      )}
      {!s && (query.isError ? <ErrorMessage error={query.error} /> : <Loading />)}
      {/* Not checked yet: no totals to show, only when the first check is due. */}
      {s?.checkedAt === null && waitingUntil === null && <Loading label={t("checkingStatus")} />}
      {s && s.checkedAt !== null && (
        <>
          <div className="space-y-1">
            <ProgressBar processed={s.totals.processed} total={s.totals.total} />
            <Pace s={s} />
          </div>
          <Totals s={s} />
          {/* Stored by the refresh job: the API's times, or when the portal first saw the batch start and finish. */}
          <dl className="grid gap-2 text-sm sm:grid-cols-4">
            <div><dt className="text-slate-600">{t("submitted")}</dt><dd>{when(submittedAt ?? s.createdAt)}</dd></div>
            <div><dt className="text-slate-600">{t("started")}</dt><dd>{when(s.startedAt)}</dd></div>
            <div><dt className="text-slate-600">{t("completed")}</dt><dd>{when(s.completedAt)}</dd></div>
            <div><dt className="text-slate-600">{t("lastUpdated")}</dt><dd>{when(s.updatedAt)}</dd></div>
          </dl>
          {s.status === "failed" && (
            <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              <p className="font-medium">{t("batchFailed")}</p>
              <ul className="mt-1 list-disc ps-5">
                {/* The API's own message is upstream English: the category is the code, worded here with it beside. */}
                {s.runErrors.map((e, i) => <li key={i}>{t("runError", { category: e.category })} <Ltr className="font-mono text-xs">{e.category}</Ltr></li>)}
              </ul>
            </div>
          )}
          {query.isError && <ErrorMessage error={query.error} />}
        </>
      )}
      {gaveUp && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t("gaveUp")}
        </p>
      )}
    </section>
  );
}
