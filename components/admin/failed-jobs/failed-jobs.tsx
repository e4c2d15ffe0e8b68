"use client";
import Link from "next/link";
import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { adminKeys } from "@/lib/admin/query-keys";
import { fetchJson } from "@/lib/http/fetch-json";
import { useTranslations } from "@/lib/i18n/client";
import { FAILED_JOB_PAGE_SIZES, type ListFailedJobsResponse } from "@/lib/jobs/failed-job-contracts";
import { FormAlert, messageOf } from "../shared/form-alert";
import { utc } from "../shared/format";
import { EmptyRow, Table } from "../shared/table";

const HEADERS = ["failedAt", "job", "request", "attempts", "error"];
// Each job's name in words; a job this release does not know is shown by its name.
const JOB_LABELS: Record<string, string> = { "request.submit": "job_submit", "batch.refresh-status": "job_refreshStatus", "maintenance.upkeep": "job_upkeep" };

/** Jobs pg-boss gave up on, newest first, a page at a time. */
export function FailedJobs() {
  const t = useTranslations("admin");
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
      <FormAlert message={failed.error ? messageOf(failed.error) : null} />
      {failed.isPending ? (
        <p className="text-sm text-slate-600">{t("loadingEntries")}</p>
      ) : (
        <Table caption={t("failedJobsCaption")} headers={HEADERS.map((h) => t(`failedJobsCol_${h}`))}>
          {jobs.length === 0 && <EmptyRow columns={HEADERS.length}>{t("noFailedJobs")}</EmptyRow>}
          {jobs.map((job) => (
            <tr key={job.id} className="border-t border-slate-100 align-top" data-testid="failed-job-row">
              <td className="p-3 whitespace-nowrap">{utc(job.failedAt)}</td>
              <td className="p-3">{JOB_LABELS[job.job] ? t(JOB_LABELS[job.job]!) : <span dir="ltr" className="font-mono text-xs">{job.job}</span>}</td>
              <td className="p-3 break-all text-xs">
                {job.requestId ? <Link href={`/population-migration/${job.requestId}`} className="text-brand-700 underline" dir="ltr">{job.requestId}</Link> : "—"}
              </td>
              <td className="p-3">{job.attempts}</td>
              <td className="p-3 max-w-md break-words text-xs">{job.error ?? "—"}</td>
            </tr>
          ))}
        </Table>
      )}
      <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          {t("rowsPerPage")}
          <select value={pageSize} onChange={(e) => { setPageSize(Number(e.target.value)); setPage(1); }} className="rounded-md border border-slate-300 bg-white px-2 py-1">
            {FAILED_JOB_PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <Button variant="secondary" className="px-3 py-1" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t("previous")}</Button>
        <Button variant="secondary" className="px-3 py-1" disabled={page >= pages} onClick={() => setPage(page + 1)}>{t("next")}</Button>
      </nav>
    </div>
  );
}
