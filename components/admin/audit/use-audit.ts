"use client";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import type { AuditFilter, ChainStatus, ListAuditQuery, ListAuditResponse } from "@/lib/audit/contracts";
import { adminKeys } from "@/lib/admin/query-keys";
import { fetchJson } from "@/lib/http/fetch-json";

export type AuditForm = Record<keyof AuditFilter, string>;

export const EMPTY_FILTER: AuditForm = { organizationId: "", actor: "", action: "", outcome: "", from: "", to: "" };

/** The filter as a query string, empty fields left out. */
export function toSearch(values: Record<string, string | number>): string {
  return new URLSearchParams(Object.entries(values).filter(([, v]) => v !== "").map(([k, v]) => [k, String(v)])).toString();
}

export function useAuditEvents(filter: AuditForm, page: number, pageSize: number) {
  const query = { ...filter, page, pageSize };
  return useQuery({
    queryKey: adminKeys.audit(query as Partial<ListAuditQuery>),
    queryFn: ({ signal }) => fetchJson<ListAuditResponse>(`/api/admin/audit?${toSearch(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => fetchJson<ChainStatus>("/api/admin/audit/verify", { method: "POST" }) });
}
