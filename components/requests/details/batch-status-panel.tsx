"use client";
import { Button } from "@/components/ui/button";
import { formatCount, formatDateTime } from "@/components/requests/format";
import type { BatchStatusDto } from "@/lib/batches/contracts";
import { ProgressBar } from "./progress-bar";
import { ErrorMessage, Loading } from "./query-state";
import { BatchStatusBadge } from "./status-badge";
import type { useBatchStatus } from "./use-batch-status";

const when = (iso: string | null) => (iso ? formatDateTime(iso) : "—");

function Totals({ s }: { s: BatchStatusDto }) {
  const items = [
    ["Records", s.totals.total],
    ["Processed", s.totals.processed],
    ["Successful", s.totals.successful],
    ["Failed", s.totals.failed],
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map(([label, n]) => (
        <div key={label} className="rounded-md bg-slate-50 p-3">
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatCount(n)}</dd>
        </div>
      ))}
    </dl>
  );
}

type Props = { state: ReturnType<typeof useBatchStatus>; submittedAt: string | null };

export function BatchStatusPanel({ state, submittedAt }: Props) {
  const { query, waitingUntil, gaveUp, checkNow } = state;
  const s = query.data;
  return (
    <section aria-labelledby="batch-status-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="batch-status-heading" className="flex items-center gap-3 text-lg font-semibold">
          Batch status {s && <BatchStatusBadge status={s.status} />}
        </h2>
        <Button variant="secondary" onClick={checkNow} disabled={query.isFetching}>
          {query.isFetching ? "Checking…" : "Check now"}
        </Button>
      </div>
      {waitingUntil !== null && (
        <p role="status" className="text-sm text-slate-600">
          Submitted. As the Digitization API advises, the first status check is at {formatDateTime(new Date(waitingUntil).toISOString())}.
        </p>
      )}
      {waitingUntil === null && !s && (query.isError ? <ErrorMessage error={query.error} /> : <Loading label="Checking the batch status…" />)}
      {s && (
        <>
          <ProgressBar processed={s.totals.processed} total={s.totals.total} />
          <Totals s={s} />
          {/* The guide dialect sends no started/completed times; the last update stands in visibly. */}
          <dl className="grid gap-2 text-sm sm:grid-cols-4">
            <div><dt className="text-slate-500">Submitted</dt><dd>{when(submittedAt ?? s.createdAt)}</dd></div>
            <div><dt className="text-slate-500">Started</dt><dd>{when(s.startedAt)}</dd></div>
            <div><dt className="text-slate-500">Completed</dt><dd>{when(s.completedAt)}</dd></div>
            <div><dt className="text-slate-500">Last updated</dt><dd>{when(s.updatedAt)}</dd></div>
          </dl>
          {s.status === "failed" && (
            <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              <p className="font-medium">The batch failed as a whole (a run-level error, not a problem with individual records).</p>
              <ul className="mt-1 list-disc ps-5">
                {s.runErrors.map((e, i) => <li key={i}><span className="font-mono text-xs">{e.category}</span> {e.message}</li>)}
              </ul>
            </div>
          )}
          {query.isError && <ErrorMessage error={query.error} />}
        </>
      )}
      {gaveUp && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          This batch is still processing. Check back later — polling has stopped.
        </p>
      )}
    </section>
  );
}
