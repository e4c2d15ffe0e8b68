"use client";
import { useQuery } from "@tanstack/react-query";
import { isTerminalStatus } from "@/lib/digitization/client/normalize";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { ErrorCodeBars } from "./error-code-bars";
import { OutcomeSplit } from "./outcome-split";
import { ErrorMessage, Loading } from "./query-state";
import { useTranslations } from "next-intl";

/** The batch's outcome at a glance: success/failure split and failures by error code. */
export function SummaryTab({ requestId }: { requestId: string }) {
  const t = useTranslations("details");
  const { data, error, isPending } = useQuery({
    queryKey: requestKeys.errorSummary(requestId),
    queryFn: () => api.errorSummary(requestId),
    // Stored when the batch finished: final. Read while it ran: out of date at once, even if the
    // batch has finished since (a fetch landing after the status poll's invalidation).
    staleTime: (q) => (q.state.data && isTerminalStatus(q.state.data.status) ? Infinity : 0),
  });
  if (isPending) return <Loading label={t("countingFailures")} />;
  if (!data) return <ErrorMessage error={error} />;
  return (
    <div className="space-y-6">
      {!isTerminalStatus(data.status) && <p className="text-sm text-slate-600">{t("stillRunning")}</p>}
      <OutcomeSplit successful={data.totals.successful} failed={data.totals.failed} />
      {/* Failures by code are counted once, when the batch finished: nothing to chart before. */}
      {isTerminalStatus(data.status) && <div>
        <h3 className="mb-2 font-semibold">{t("failuresByCode")}</h3>
        <ErrorCodeBars byCode={data.byCode} />
        {!data.complete && (
          <p className="mt-2 text-xs text-slate-600">
            {t("sampled", { counted: data.countedRecords, failed: data.totals.failed })}
          </p>
        )}
      </div>}
    </div>
  );
}
