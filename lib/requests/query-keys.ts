import type { ListRequestsQuery } from "./contracts";

// TanStack Query key factory for everything about requests and their batches. Invalidate
// `requestKeys.all` after any change to a request; narrower keys for targeted refreshes.
export const requestKeys = {
  all: ["requests"] as const,
  lists: () => [...requestKeys.all, "list"] as const,
  list: (query: Partial<ListRequestsQuery>) => [...requestKeys.lists(), query] as const,
  detail: (id: string) => [...requestKeys.all, "detail", id] as const,
  sample: (id: string) => [...requestKeys.detail(id), "sample"] as const,
  /** Under the request's detail key: anything that refreshes the request refreshes its lineage. */
  lineage: (id: string) => [...requestKeys.detail(id), "lineage"] as const,
  /** The sidebar's "Awaiting my approval" count: under `all`, so every decision refreshes it. */
  awaitingCount: () => [...requestKeys.all, "awaiting-count"] as const,
  duplicates: (sha256: string) => [...requestKeys.all, "duplicates", sha256] as const,
  batch: (id: string) => [...requestKeys.detail(id), "batch"] as const,
  batchStatus: (id: string) => [...requestKeys.batch(id), "status"] as const,
  records: (id: string, params: { page: number; limit: number; status?: string; customerId?: string }) => [...requestKeys.batch(id), "records", params] as const,
  errored: (id: string, pageNo: number) => [...requestKeys.batch(id), "errored", pageNo] as const,
  errorSummary: (id: string) => [...requestKeys.batch(id), "error-summary"] as const,
  customer: (id: string, customerId: string) => [...requestKeys.batch(id), "customer", customerId] as const,
};
