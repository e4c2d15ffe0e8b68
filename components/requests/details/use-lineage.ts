"use client";
import { useQuery } from "@tanstack/react-query";
import { LINEAGE_POLL_MS } from "@/lib/config/polling";
import type { LineageDto } from "@/lib/requests/contracts";
import { isInFlight } from "@/lib/requests/lineage-outcome";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";

/** The request's lineage; re-read while one of its requests is on its way (its end changes the outcome). */
export function useLineage(requestId: string) {
  return useQuery({
    queryKey: requestKeys.lineage(requestId),
    queryFn: () => api.lineage(requestId),
    refetchInterval: (query) => (waiting(query.state.data) ? LINEAGE_POLL_MS : false),
  });
}

function waiting(lineage: LineageDto | undefined): boolean {
  return !!lineage && lineage.steps.some(isInFlight);
}
