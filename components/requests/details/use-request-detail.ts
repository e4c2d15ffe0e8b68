"use client";
import { useQuery } from "@tanstack/react-query";
import type { RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";

/** While approved but not yet sent, the Batch ID is seconds away: poll so it appears by itself. */
const AWAITING_BATCH_POLL_MS = 3_000;

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
