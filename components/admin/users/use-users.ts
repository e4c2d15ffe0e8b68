"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateUserBody, ListUsersQuery, ListUsersResponse, RoleName, UserDto } from "@/lib/admin/users/contracts";
import { adminKeys } from "@/lib/admin/query-keys";
import { fetchJson } from "@/lib/http/fetch-json";

const BASE = "/api/admin/users";

export function useUsers(query: Partial<ListUsersQuery>) {
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)]));
  return useQuery({
    queryKey: adminKeys.users(query),
    queryFn: ({ signal }) => fetchJson<ListUsersResponse>(`${BASE}?${search}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: adminKeys.all });
}

export function useCreateUser() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (body: CreateUserBody) => fetchJson<UserDto>(BASE, { method: "POST", json: body }), onSuccess });
}

export type UserChange = { kind: "roles"; roles: RoleName[] } | { kind: "disable" } | { kind: "enable" } | { kind: "password"; password: string };

/** Every change to one user: roles, disable, enable, one-time password. */
export function useUserChange(id: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (change: UserChange) => {
      const url = `${BASE}/${id}/${change.kind}`;
      if (change.kind === "roles") return fetchJson<UserDto>(url, { method: "PUT", json: { roles: change.roles } });
      if (change.kind === "password") return fetchJson<UserDto>(url, { method: "POST", json: { password: change.password } });
      return fetchJson<UserDto>(url, { method: "POST" });
    },
    onSuccess,
  });
}
