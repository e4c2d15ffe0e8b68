"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import type { RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { ErrorMessage } from "./query-state";
import { useTranslations } from "next-intl";

/** "Submission failed" with the reason, attempts and (for approvers) a retry. */
export function SubmissionNotice({ detail }: { detail: RequestDetail }) {
  const t = useTranslations("details");
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => api.retrySubmission(detail.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: requestKeys.all }),
  });
  if (detail.status !== "SUBMISSION_FAILED") return null;
  return (
    <section role="alert" aria-labelledby="submission-failed" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <h2 id="submission-failed" className="font-semibold text-red-900">{t("submissionFailed")}</h2>
      <p className="text-sm text-red-900">
        {t("submissionError", { code: detail.submissionError ?? "none" })} {t("attempts", { count: detail.submissionAttempts })}
      </p>
      {detail.actions.includes("retry-submission") && (
        <Button onClick={() => retry.mutate()} disabled={retry.isPending}>
          {retry.isPending ? t("retrying") : t("retrySubmission")}
        </Button>
      )}
      {retry.isError && <ErrorMessage error={retry.error} />}
    </section>
  );
}
