"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { BatchStatusDto } from "@/lib/batches/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { firstCheckAt, GIVE_UP_AFTER_MS, pollingGaveUp, statusRefetchInterval, type PollPlan } from "./poll-schedule";

type Options = { requestId: string; submittedAt: string | null; firstDelayMs: number; intervalMs: number };

/**
 * The batch status, polled on the platform's schedule. The first check waits until the
 * configured delay after submission (or a "Check now"); polling stops at completed/failed
 * or after 30 minutes. A change in progress refreshes the record views under it.
 */
export function useBatchStatus({ requestId, submittedAt, firstDelayMs, intervalMs }: Options) {
  const queryClient = useQueryClient();
  const plan: PollPlan = { firstDelayMs, intervalMs, giveUpAfterMs: GIVE_UP_AFTER_MS };
  const firstAt = firstCheckAt(submittedAt, firstDelayMs);
  // Null until the first check is due: the moment polling starts, for the 30-minute limit.
  const [pollingSince, setPollingSince] = useState<number | null>(() => (Date.now() >= firstAt ? Date.now() : null));

  useEffect(() => {
    if (pollingSince !== null) return;
    const timer = setTimeout(() => setPollingSince(Date.now()), Math.max(0, firstAt - Date.now()));
    return () => clearTimeout(timer);
  }, [firstAt, pollingSince]);

  const key = requestKeys.batchStatus(requestId);
  const query = useQuery({
    queryKey: key,
    enabled: pollingSince !== null,
    queryFn: async () => {
      const previous = queryClient.getQueryData<BatchStatusDto>(key);
      const next = await api.batchStatus(requestId);
      if (previous && (previous.status !== next.status || previous.totals.processed !== next.totals.processed)) {
        void queryClient.invalidateQueries({ queryKey: requestKeys.batch(requestId), predicate: (q) => q.queryKey.at(-1) !== "status" });
        void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
      }
      return next;
    },
    refetchInterval: (q) => (pollingSince === null ? false : statusRefetchInterval(q.state.data?.status, pollingSince, plan)),
  });

  const lastCheckAt = Math.max(query.dataUpdatedAt, query.errorUpdatedAt);
  const gaveUp = pollingSince !== null && pollingGaveUp(query.data?.status, pollingSince, lastCheckAt, plan);
  const checkNow = () => {
    if (pollingSince === null) setPollingSince(Date.now());
    else void query.refetch();
  };

  return { query, waitingUntil: pollingSince === null ? firstAt : null, gaveUp, checkNow };
}
