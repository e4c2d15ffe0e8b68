"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { requestKeys } from "@/lib/requests/query-keys";
import { api, type RecordsParams } from "./api";
import { numberedRange } from "./page-range";
import { Pager } from "./pager";
import { Empty, ErrorMessage, Loading } from "./query-state";
import { RecordsTable } from "./records-table";
import { RecordsToolbar } from "./records-toolbar";
import { useTranslations } from "next-intl";

/** Processed records, paged and filtered by the Digitization API (through the portal's proxy). */
export function RecordsTab({ requestId, onCustomer }: { requestId: string; onCustomer: (customerId: string) => void }) {
  const t = useTranslations("details");
  const [params, setParams] = useState<RecordsParams>({ page: 1, limit: 10 });
  const { data, error, isPending, isFetching, isPlaceholderData } = useQuery({
    queryKey: requestKeys.records(requestId, params),
    queryFn: () => api.records(requestId, params),
    placeholderData: keepPreviousData,
  });
  // Any filter change starts again at page 1.
  const change = (patch: Partial<RecordsParams>) => setParams((p) => ({ ...p, page: 1, ...patch }));

  return (
    <div className="space-y-4">
      <RecordsToolbar params={params} onChange={change} />
      {isPending ? (
        <Loading label={t("loadingRecords")} />
      ) : !data ? (
        <ErrorMessage error={error} />
      ) : (
        <>
          {error && <ErrorMessage error={error} />}
          {data.records.length === 0 ? (
            <Empty>{params.status || params.customerId ? t("noRecordsMatch") : t("noRecordsYet")}</Empty>
          ) : (
            <div aria-busy={isFetching} className={isPlaceholderData ? "opacity-60" : ""}>
              <RecordsTable records={data.records} onCustomer={onCustomer} />
            </div>
          )}
          <Pager
            page={data.page}
            range={numberedRange(data.page, data.limit, data.records.length, data.totalCount)}
            hasNext={data.page < data.totalPages}
            onPage={(page) => setParams((p) => ({ ...p, page }))}
          />
        </>
      )}
    </div>
  );
}
