"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { ErroredActions } from "./errored-actions";
import { ErroredItemCard } from "./errored-item";
import { Pager } from "./pager";
import { Empty, ErrorMessage, Loading } from "./query-state";
import { useTranslations } from "next-intl";

/** Failed records with their business errors and original rows, and the way to fix them. */
export function ErroredTab({ detail, canUpload, canExport }: { detail: RequestDetail; canUpload: boolean; canExport: boolean }) {
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
      <ol className={`space-y-3 ${isPlaceholderData ? "opacity-60" : ""}`}>
        {data.items.map((item, i) => <ErroredItemCard key={`${data.pageNo}-${i}`} item={item} />)}
      </ol>
      <Pager page={data.pageNo} hasNext={data.hasNext} onPage={setPageNo} />
    </div>
  );
}
