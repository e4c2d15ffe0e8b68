"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApproveRequestBody } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";

/**
 * Approve (bound to the digest and the approval policy version on screen) and reject; either one
 * refreshes every request view, the sidebar's "Awaiting my approval" count included.
 */
export function useDecision(requestId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: requestKeys.all });
  const approve = useMutation({ mutationFn: (body: ApproveRequestBody) => api.approve(requestId, body), onSuccess: refresh });
  const reject = useMutation({ mutationFn: (reason: string) => api.reject(requestId, reason), onSuccess: refresh });
  return { approve, reject };
}
