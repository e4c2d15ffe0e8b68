"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DETAILS_GIVE_UP_MS } from "@/lib/config/polling";
import type { BatchStatusDto } from "@/lib/batches/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { firstCheckAt, pollingGaveUp, statusRefetchInterval, type PollPlan } from "./poll-schedule";

type Options = { requestId: string; submittedAt: string | null; firstDelayMs: number; intervalMs: number };

/**
 * The batch status as the portal's refresh job stored it. Reading it costs the Digitization API
 * nothing, so it is read at once and then at the job's interval, until completed/failed or
 * 30 minutes. A change in progress refreshes the record views under it.
 */
export function useBatchStatus({ requestId, submittedAt, firstDelayMs, intervalMs }: Options) {
  const queryClient = useQueryClient();
  const plan: PollPlan = { firstDelayMs, intervalMs, giveUpAfterMs: DETAILS_GIVE_UP_MS };
  // The moment this page started reading, for the 30-minute limit.
  const [pollingSince] = useState(() => Date.now());

  const key = requestKeys.batchStatus(requestId);
  const query = useQuery({
    queryKey: key,
    queryFn: async () => {
      const previous = queryClient.getQueryData<BatchStatusDto>(key);
      const next = await api.batchStatus(requestId);
      if (previous && (previous.status !== next.status || previous.totals.processed !== next.totals.processed)) {
        void queryClient.invalidateQueries({ queryKey: requestKeys.batch(requestId), predicate: (q) => q.queryKey.at(-1) !== "status" });
        void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
      }
      return next;
    },
    refetchInterval: (q) => statusRefetchInterval(q.state.data?.status, pollingSince, plan),
  });

  const lastCheckAt = Math.max(query.dataUpdatedAt, query.errorUpdatedAt);
  const gaveUp = pollingGaveUp(query.data?.status, pollingSince, lastCheckAt, plan);
  // Not checked yet: say when the refresh job's first check is due, if it was still ahead when read.
  const firstAt = firstCheckAt(submittedAt, firstDelayMs);
  const waitingUntil = query.data?.checkedAt === null && firstAt > query.dataUpdatedAt ? firstAt : null;

  return { query, waitingUntil, gaveUp, checkNow: () => void query.refetch() };
}
