"use client";
import { useQuery } from "@tanstack/react-query";
import { AWAITING_BATCH_POLL_MS } from "@/lib/config/polling";
import type { RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";

export function useRequestDetail(requestId: string) {
  return useQuery({
    queryKey: requestKeys.detail(requestId),
    queryFn: () => api.detail(requestId),
    refetchInterval: (query) => (awaitingBatch(query.state.data) ? AWAITING_BATCH_POLL_MS : false),
  });
}

function awaitingBatch(detail: RequestDetail | undefined): boolean {
  return !!detail && !detail.batchId && (detail.status === "APPROVED" || detail.status === "SUBMITTING");
}
