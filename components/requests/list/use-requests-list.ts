"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";
import type { ListRequestsResponse } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { toApiUrl, type ListParams } from "./list-params";
import { LIST_POLL_MS } from "@/lib/config/polling";
import { needsPolling } from "./needs-polling";

export function useRequestsList(params: ListParams) {
  return useQuery({
    queryKey: requestKeys.list(params),
    queryFn: ({ signal }) => fetchJson<ListRequestsResponse>(toApiUrl(params), { signal }),
    // The old page stays on screen while the next one loads: no flashing empty table.
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (needsPolling(query.state.data?.rows) ? LIST_POLL_MS : false),
  });
}
