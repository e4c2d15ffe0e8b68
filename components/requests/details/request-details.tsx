"use client";
import { BatchSection, type PollSettings } from "./batch-section";
import type { DetailsPermissions } from "./batch-tabs";
import { DetailsHeader } from "./details-header";
import { LineagePanel } from "./lineage-panel";
import { ErrorMessage, Loading } from "./query-state";
import { RequestFacts } from "./request-facts";
import { ReviewPanel } from "./review-panel";
import { SubmissionNotice } from "./submission-notice";
import { useRequestDetail } from "./use-request-detail";
import { useTranslations } from "next-intl";

/** What the signed-in user may do here; the server enforces each again. */

/** View Details: everything below the page shell, fed by TanStack Query. */
export function RequestDetails({ requestId, can, poll }: { requestId: string; can: DetailsPermissions; poll: PollSettings }) {
  const t = useTranslations("details");
  const { data: detail, error, isPending } = useRequestDetail(requestId);
  if (isPending) return <Loading label={t("loading")} />;
  if (!detail) return <ErrorMessage error={error} />;
  const inLineage = detail.resubmissionOf !== null || detail.resubmissions.length > 0;
  return (
    <div className="space-y-6">
      <DetailsHeader detail={detail} />
      <SubmissionNotice detail={detail} />
      {detail.actions.includes("approve") && <ReviewPanel detail={detail} />}
      {detail.batchId ? (
        <BatchSection detail={detail} can={can} poll={poll}>
          <RequestFacts detail={detail} />
          {inLineage && <LineagePanel requestId={detail.id} />}
        </BatchSection>
      ) : (
        <>
          {(detail.status === "APPROVED" || detail.status === "SUBMITTING") && (
            <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">
              {t("approvedSending")}
            </p>
          )}
          <RequestFacts detail={detail} />
          {inLineage && <LineagePanel requestId={detail.id} />}
        </>
      )}
    </div>
  );
}
