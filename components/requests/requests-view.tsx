"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DEFAULT_LIST_PARAMS, toggleSort } from "./list/list-params";
import { ListEmpty, ListError } from "./list/list-states";
import { organizationOptions } from "./list/organization-options";
import { Pagination } from "./list/pagination";
import { RequestsFilters } from "./list/requests-filters";
import { RequestsTable } from "./list/requests-table";
import { RetryFeedback } from "./list/retry-feedback";
import { useListParams } from "./list/use-list-params";
import { useRequestsList } from "./list/use-requests-list";
import { useRetrySubmission } from "./list/use-retry-submission";
import { UploadDialog } from "./upload/upload-dialog";
import { useTranslations } from "next-intl";

type Props = { canUpload: boolean; canApprove: boolean; showOrganization: boolean };

/** The requests table with its filters, paging and the upload entry point. */
export function RequestsView({ canUpload, canApprove, showOrganization }: Props) {
  const t = useTranslations("list");
  const { params, navigate, update } = useListParams();
  const list = useRequestsList(params);
  const retry = useRetrySubmission();
  const [uploadOpen, setUploadOpen] = useState(false);
  const rows = list.data?.rows ?? [];
  const filtered = Boolean(params.q || params.fileStatus || params.approvalStatus || params.organizationId || params.awaiting || params.failing) || params.page > 1;

  return (
    <div className="mt-4 rounded-lg bg-white shadow-sm" aria-busy={list.isFetching}>
      <RequestsFilters
        params={params}
        update={update}
        canApprove={canApprove}
        organizations={showOrganization ? organizationOptions(rows, params.organizationId, t("selectedOrganization")) : null}
      />
      <RetryFeedback mutation={retry} />
      {list.isError && !list.data ? (
        <ListError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <p role="status" className="p-10 text-center text-sm text-slate-600">{t("loading")}</p>
      ) : rows.length === 0 ? (
        <ListEmpty filtered={filtered} onClear={() => navigate(DEFAULT_LIST_PARAMS)} />
      ) : (
        <RequestsTable
          rows={rows}
          params={params}
          showOrganization={showOrganization}
          onSort={(column) => navigate(toggleSort(params, column))}
          onRetry={(row) => retry.mutate(row)}
        />
      )}
      {list.isError && list.data && <ListError error={list.error} onRetry={() => void list.refetch()} />}
      <div className="flex flex-wrap items-center justify-between gap-4 border-t border-slate-100 p-4">
        <Pagination
          page={params.page}
          pageSize={params.pageSize}
          total={list.data?.total ?? 0}
          onPage={(page) => update({ page })}
          onPageSize={(pageSize) => update({ pageSize })}
        />
        {canUpload && (
          <Button onClick={() => setUploadOpen(true)}>{t("uploadFile")}</Button>
        )}
      </div>
      {canUpload && <UploadDialog open={uploadOpen} onClose={() => setUploadOpen(false)} />}
    </div>
  );
}
