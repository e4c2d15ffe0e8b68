"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/lib/http/fetch-json";
import type { AwaitingCountResponse } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";

// New uploads arrive without the approver doing anything: look again now and then.
const REFRESH_MS = 60_000;

/** The number beside "Awaiting my approval"; nothing while it loads or when it is zero. */
export function AwaitingCount() {
  const t = useTranslations("shell");
  const { data } = useQuery({
    queryKey: requestKeys.awaitingCount(),
    queryFn: () => fetchJson<AwaitingCountResponse>("/api/requests/awaiting-count"),
    refetchInterval: REFRESH_MS,
  });
  if (!data?.count) return null;
  return (
    <span className="ms-2 inline-flex min-w-6 justify-center rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white" data-testid="awaiting-count">
      <span aria-hidden="true">{data.count}</span>
      <span className="sr-only">{t("awaitingCount", { count: data.count })}</span>
    </span>
  );
}
