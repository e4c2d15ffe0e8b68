"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";
import type { DuplicateCheckResponse } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import type { DuplicateState } from "./upload-gate";

/** Only the digest is sent: the file's contents stay in the browser until the upload itself. */
export function useDuplicateCheck(sha256: string | null) {
  const query = useQuery({
    queryKey: requestKeys.duplicates(sha256 ?? ""),
    queryFn: ({ signal }) => fetchJson<DuplicateCheckResponse>(`/api/requests/duplicates?sha256=${sha256}`, { signal }),
    enabled: sha256 !== null && /^[0-9a-f]{64}$/.test(sha256),
    staleTime: 0,
  });
  const state: DuplicateState = query.isError
    ? { state: "error" }
    : query.data
      ? { state: "done", count: query.data.duplicates.length }
      : { state: "loading" };
  return { query, state };
}
