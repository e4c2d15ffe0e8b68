"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";
import { notificationKeys, type MarkReadBody, type NotificationList } from "@/lib/notifications/contracts";

/** Checked every 30 s: new notifications arrive within a poll, without a push channel. */
const POLL_MS = 30_000;

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => fetchJson<NotificationList>("/api/notifications"),
    refetchInterval: POLL_MS,
  });
}

/** Marks one notification (or all) read; the answer is the updated list. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadBody) => fetchJson<NotificationList>("/api/notifications/read", { method: "POST", json: body }),
    onSuccess: (list) => queryClient.setQueryData(notificationKeys.all, list),
  });
}
