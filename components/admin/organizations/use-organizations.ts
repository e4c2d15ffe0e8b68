"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApprovalPolicyBody, CreateOrganizationBody, ListOrganizationsResponse, OrganizationDto, UpdateOrganizationBody } from "@/lib/admin/organizations/contracts";
import { adminKeys } from "@/lib/admin/query-keys";
import { fetchJson } from "@/lib/http/fetch-json";

const BASE = "/api/admin/organizations";

export function useOrganizations() {
  return useQuery({ queryKey: adminKeys.organizations(), queryFn: ({ signal }) => fetchJson<ListOrganizationsResponse>(BASE, { signal }) });
}

/** Every organization change can show in the other admin lists (names, statuses): refresh them all. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: adminKeys.all });
}

export function useCreateOrganization() {
  const onSuccess = useRefreshAll();
  return useMutation({ mutationFn: (body: CreateOrganizationBody) => fetchJson<OrganizationDto>(BASE, { method: "POST", json: body }), onSuccess });
}

export function useUpdateOrganization(id: string) {
  const onSuccess = useRefreshAll();
  return useMutation({ mutationFn: (body: UpdateOrganizationBody) => fetchJson<OrganizationDto>(`${BASE}/${id}`, { method: "PATCH", json: body }), onSuccess });
}

export function useOrganizationStatus(id: string) {
  const onSuccess = useRefreshAll();
  return useMutation({
    mutationFn: (to: "suspend" | "reactivate") => fetchJson<OrganizationDto>(`${BASE}/${id}/${to}`, { method: "POST" }),
    onSuccess,
  });
}

export function useSetApprovalPolicy(id: string) {
  const onSuccess = useRefreshAll();
  return useMutation({ mutationFn: (body: ApprovalPolicyBody) => fetchJson<OrganizationDto>(`${BASE}/${id}/approval-policy`, { method: "PUT", json: body }), onSuccess });
}
