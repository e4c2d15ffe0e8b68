import type { z } from "zod";
import { listRequestsQuery, type ListRequestsQuery } from "@/lib/requests/contracts";

// The table's query lives in the URL (reload and shared links keep it). These pure functions
// are the only translation between the address bar and the API's query contract.

export type ListParams = ListRequestsQuery;
export type SortColumn = ListParams["sort"];

const shape = listRequestsQuery.shape;
export const DEFAULT_LIST_PARAMS: ListParams = listRequestsQuery.parse({});

/** One bad value in a hand-edited or stale link falls back to its default, not to an error page. */
function read<T>(schema: z.ZodType<T>, raw: string | null): T {
  const parsed = schema.safeParse(raw === null || raw.trim() === "" ? undefined : raw);
  return parsed.success ? parsed.data : schema.parse(undefined);
}

export function parseListParams(search: URLSearchParams): ListParams {
  return {
    page: read(shape.page, search.get("page")),
    pageSize: read(shape.pageSize, search.get("pageSize")),
    sort: read(shape.sort, search.get("sort")),
    dir: read(shape.dir, search.get("dir")),
    fileStatus: read(shape.fileStatus, search.get("fileStatus")),
    approvalStatus: read(shape.approvalStatus, search.get("approvalStatus")),
    q: read(shape.q, search.get("q")),
    organizationId: read(shape.organizationId, search.get("organizationId")),
    awaiting: read(shape.awaiting, search.get("awaiting")),
    failing: read(shape.failing, search.get("failing")),
  };
}

const ORDER = ["awaiting", "failing", "q", "fileStatus", "approvalStatus", "organizationId", "sort", "dir", "page", "pageSize"] as const;

/** For the address bar: defaults left out so a plain visit keeps a plain URL. */
export function toSearchString(params: ListParams): string {
  const search = new URLSearchParams();
  for (const key of ORDER) {
    const value = params[key];
    if (value !== undefined && value !== "" && value !== DEFAULT_LIST_PARAMS[key]) search.set(key, String(value));
  }
  return search.toString();
}

/** For the API: every value spelled out, so the server never guesses. */
export function toApiUrl(params: ListParams): string {
  const search = new URLSearchParams();
  for (const key of ORDER) {
    const value = params[key];
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  return `/api/requests?${search.toString()}`;
}

/** Any change other than the page itself starts again at page 1 (the old page may not exist). */
export function changeParams(current: ListParams, patch: Partial<ListParams>): ListParams {
  const next = { ...current, ...patch };
  return "page" in patch ? next : { ...next, page: 1 };
}

/** Clicking the sorted column flips it; a new column starts where people expect (newest, largest, A–Z). */
export function toggleSort(current: ListParams, column: SortColumn): ListParams {
  const dir = current.sort === column ? (current.dir === "asc" ? "desc" : "asc") : column === "fileName" ? "asc" : "desc";
  return changeParams(current, { sort: column, dir });
}

export function ariaSort(params: ListParams, column: SortColumn): "ascending" | "descending" | "none" {
  if (params.sort !== column) return "none";
  return params.dir === "asc" ? "ascending" : "descending";
}
