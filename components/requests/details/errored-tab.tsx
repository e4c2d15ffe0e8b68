"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { ErroredActions } from "./errored-actions";
import { ErroredTable } from "./errored-table";
import { erroredRange } from "./page-range";
import { Pager } from "./pager";
import { Empty, ErrorMessage, Loading } from "./query-state";
import { useTranslations } from "next-intl";

/** Failed records with their business errors and original rows, and the way to fix them. */
type Props = { detail: RequestDetail; canUpload: boolean; canExport: boolean; failedTotal: number | null };

export function ErroredTab({ detail, canUpload, canExport, failedTotal }: Props) {
  const t = useTranslations("details");
  const [pageNo, setPageNo] = useState(1);
  const { data, error, isPending, isPlaceholderData } = useQuery({
    queryKey: requestKeys.errored(detail.id, pageNo),
    queryFn: () => api.errored(detail.id, pageNo),
    placeholderData: keepPreviousData,
  });
  if (isPending) return <Loading label={t("loadingErrored")} />;
  if (!data) return <ErrorMessage error={error} />;
  if (data.items.length === 0 && pageNo === 1) return <Empty>{t("noneFailed")}</Empty>;
  return (
    <div className="space-y-4">
      <ErroredActions detail={detail} canUpload={canUpload} canExport={canExport} />
      {error && <ErrorMessage error={error} />}
      <div className={isPlaceholderData ? "opacity-60" : ""}>
        <ErroredTable items={data.items} />
      </div>
      <Pager page={data.pageNo} range={erroredRange(data.pageNo, data.hasNext, data.items.length, failedTotal)} hasNext={data.hasNext} onPage={setPageNo} />
    </div>
  );
}
