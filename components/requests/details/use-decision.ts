"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";

/** Approve (bound to the digest on screen) and reject; either one refreshes every request view. */
export function useDecision(requestId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: requestKeys.all });
  const approve = useMutation({ mutationFn: (sha256: string) => api.approve(requestId, sha256), onSuccess: refresh });
  const reject = useMutation({ mutationFn: (reason: string) => api.reject(requestId, reason), onSuccess: refresh });
  return { approve, reject };
}
