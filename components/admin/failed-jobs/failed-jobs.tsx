"use client";
import Link from "next/link";
import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { adminKeys } from "@/lib/admin/query-keys";
import { fetchJson } from "@/lib/http/fetch-json";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { Ltr } from "@/components/ui/ltr";
import { useFormat } from "@/lib/i18n/use-format";
import { FAILED_JOB_PAGE_SIZES, type ListFailedJobsResponse } from "@/lib/jobs/failed-job-contracts";
import { PageSizePager } from "../shared/page-size-pager";
import { FormAlert } from "../shared/form-alert";
import { EmptyRow, Table } from "../shared/table";

const HEADERS = ["failedAt", "job", "request", "attempts", "error"] as const;
// Each job's name in words; a job this release does not know is shown by its name.
const JOB_LABELS = { "request.submit": "job_submit", "batch.refresh-status": "job_refreshStatus", "maintenance.upkeep": "job_upkeep" } as const;
const labelOf = (job: string) => (job in JOB_LABELS ? JOB_LABELS[job as keyof typeof JOB_LABELS] : null);

/** Jobs pg-boss gave up on, newest first, a page at a time. */
export function FailedJobs() {
  const t = useTranslations("admin");
  const f = useFormat();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(FAILED_JOB_PAGE_SIZES[0]);
  const failed = useQuery({
    queryKey: adminKeys.failedJobs({ page, pageSize }),
    queryFn: ({ signal }) => fetchJson<ListFailedJobsResponse>(`/api/admin/failed-jobs?page=${page}&pageSize=${pageSize}`, { signal }),
    placeholderData: keepPreviousData,
  });
  const jobs = failed.data?.jobs ?? [];
  const pages = Math.max(1, Math.ceil((failed.data?.total ?? 0) / pageSize));

  return (
    <div className="mt-4 space-y-4">
      <p className="text-sm" aria-live="polite">{failed.data ? t("failedJobsPage", { total: failed.data.total, page, pages }) : ""}</p>
      <FormAlert message={failed.error ? errorText(failed.error) : null} />
      {failed.isPending ? (
        <p className="text-sm text-slate-600">{t("loadingEntries")}</p>
      ) : (
        <Table caption={t("failedJobsCaption")} headers={HEADERS.map((h) => t(`failedJobsCol_${h}`))}>
          {jobs.length === 0 && <EmptyRow columns={HEADERS.length}>{t("noFailedJobs")}</EmptyRow>}
          {jobs.map((job) => (
            <tr key={job.id} className="border-t border-slate-100 align-top" data-testid="failed-job-row">
              <td data-label={t("failedJobsCol_failedAt")} className="p-3 whitespace-nowrap"><time dateTime={job.failedAt}>{f.dateTime(job.failedAt)}</time></td>
              <td data-label={t("failedJobsCol_job")} className="p-3">{labelOf(job.job) ? t(labelOf(job.job)!) : <Ltr className="font-mono text-xs">{job.job}</Ltr>}</td>
              <td data-label={t("failedJobsCol_request")} className="p-3 break-all text-xs">
                {job.requestId ? <Link href={`/population-migration/${job.requestId}`} className="text-brand-700 underline"><Ltr>{job.requestId}</Ltr></Link> : "—"}
              </td>
              <td data-label={t("failedJobsCol_attempts")} className="p-3">{f.count(job.attempts)}</td>
              {/* The job's own words (English): kept apart from the page's language. */}
              <td data-label={t("failedJobsCol_error")} className="p-3 max-w-md break-words text-xs"><bdi>{job.error ?? "—"}</bdi></td>
            </tr>
          ))}
        </Table>
      )}
      <PageSizePager sizes={FAILED_JOB_PAGE_SIZES} pageSize={pageSize} page={page} pages={pages} onPageSize={(n) => { setPageSize(n); setPage(1); }} onPage={setPage} />
    </div>
  );
}
