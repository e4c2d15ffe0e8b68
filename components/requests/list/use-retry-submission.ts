"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";
import type { RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";

export function useRetrySubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (row: { id: string; fileName: string }) =>
      fetchJson<RequestDetail>(`/api/requests/${encodeURIComponent(row.id)}/retry-submission`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: requestKeys.all }),
  });
}
