"use client";
import { useQuery } from "@tanstack/react-query";
import { formatCount } from "@/components/requests/format";
import { isTerminalStatus } from "@/lib/digitization/client/normalize-status";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { ErrorCodeBars } from "./error-code-bars";
import { OutcomeSplit } from "./outcome-split";
import { ErrorMessage, Loading } from "./query-state";

/** The batch's outcome at a glance: success/failure split and failures by error code. */
export function SummaryTab({ requestId }: { requestId: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: requestKeys.errorSummary(requestId),
    queryFn: () => api.errorSummary(requestId),
    // Counted after the batch finished: final. Counted while it ran: out of date at once, even
    // if the batch has finished since (a fetch landing after the status poll's invalidation).
    staleTime: (q) => (q.state.data && isTerminalStatus(q.state.data.status) ? Infinity : 0),
  });
  if (isPending) return <Loading label="Counting failures by error code…" />;
  if (!data) return <ErrorMessage error={error} />;
  return (
    <div className="space-y-6">
      {!isTerminalStatus(data.status) && <p className="text-sm text-slate-600">The batch is still running; these are the numbers so far.</p>}
      <OutcomeSplit successful={data.totals.successful} failed={data.totals.failed} />
      <div>
        <h3 className="mb-2 font-semibold">Failures by error code</h3>
        <ErrorCodeBars byCode={data.byCode} />
        {!data.complete && (
          <p className="mt-2 text-xs text-slate-500">
            Counted from the first {formatCount(data.countedRecords)} of {formatCount(data.totals.failed)} failed records; the Digitization API has no
            totals per code, so very large batches are sampled.
          </p>
        )}
      </div>
    </div>
  );
}
