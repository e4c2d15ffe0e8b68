"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKeyDto, IssuedApiKey, ListApiKeysResponse, RotatedApiKey } from "@/lib/api-keys/contracts";
import { adminKeys } from "@/lib/admin/query-keys";
import { fetchJson } from "@/lib/http/fetch-json";

const BASE = "/api/admin/api-keys";

export function useApiKeys(organizationId: string) {
  const url = organizationId ? `${BASE}?organizationId=${encodeURIComponent(organizationId)}` : BASE;
  return useQuery({ queryKey: adminKeys.apiKeys(organizationId || undefined), queryFn: ({ signal }) => fetchJson<ListApiKeysResponse>(url, { signal }) });
}

/** An approver's own organization's keys (read-only). */
export function useOwnApiKeys() {
  return useQuery({ queryKey: adminKeys.ownApiKeys(), queryFn: ({ signal }) => fetchJson<ListApiKeysResponse>("/api/account/api-keys", { signal }) });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: adminKeys.all });
}

// The secret lives only in the mutation's result (memory) until the admin dismisses it;
// it is never put in the query cache.
export function useGenerateKey() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (organizationId: string) => fetchJson<IssuedApiKey>(BASE, { method: "POST", json: { organizationId } }), onSuccess });
}

export function useRotateKey() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (keyId: string) => fetchJson<RotatedApiKey>(`${BASE}/${keyId}/rotate`, { method: "POST" }), onSuccess });
}

export function useRevokeKey() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (keyId: string) => fetchJson<ApiKeyDto>(`${BASE}/${keyId}/revoke`, { method: "POST" }), onSuccess });
}
