// Browser side of the request and batch endpoints used by View Details: URLs, fetchers and
// the one query key the shared factory does not have yet.
import type { BatchStatusDto, CustomerResultDto, ErroredPageDto, ErrorSummaryDto, RecordsPageDto, RevealDto } from "@/lib/batches/contracts";
import { fetchJson } from "@/lib/http/fetch-json";
import type { ApproveRequestBody, LineageDto, RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";

/** As lib/requests/read-sample-rows.ts answers: the file row number and its (masked) values. */
export type SampleResponse = { rows: { row: number; values: Record<string, string> }[] };
export type RecordsParams = { page: number; limit: number; status?: "success" | "failure"; customerId?: string };

const base = (id: string) => `/api/requests/${encodeURIComponent(id)}`;

/** Until lib/requests/query-keys.ts has one; kept under the batch key so batch invalidation covers it. */

export const erroredCsvUrl = (id: string) => `${base(id)}/batch/errored.csv`;

export const api = {
  detail: (id: string) => fetchJson<RequestDetail>(base(id)),
  sample: (id: string) => fetchJson<SampleResponse>(`${base(id)}/sample`),
  lineage: (id: string) => fetchJson<LineageDto>(`${base(id)}/lineage`),
  approve: (id: string, body: ApproveRequestBody) => fetchJson<unknown>(`${base(id)}/approve`, { method: "POST", json: body }),
  reject: (id: string, reason: string) => fetchJson<unknown>(`${base(id)}/reject`, { method: "POST", json: { reason } }),
  retrySubmission: (id: string) => fetchJson<unknown>(`${base(id)}/retry-submission`, { method: "POST", json: {} }),
  batchStatus: (id: string) => fetchJson<BatchStatusDto>(`${base(id)}/batch/status`),
  records: (id: string, p: RecordsParams) => {
    const query = new URLSearchParams({ page: String(p.page), limit: String(p.limit) });
    if (p.status) query.set("status", p.status);
    if (p.customerId) query.set("customerId", p.customerId);
    return fetchJson<RecordsPageDto>(`${base(id)}/batch/records?${query}`);
  },
  errored: (id: string, pageNo: number) => fetchJson<ErroredPageDto>(`${base(id)}/batch/errored?pageNo=${pageNo}`),
  errorSummary: (id: string) => fetchJson<ErrorSummaryDto>(`${base(id)}/batch/error-summary`),
  customer: (id: string, customerId: string) => fetchJson<CustomerResultDto>(`${base(id)}/batch/customer`, { method: "POST", json: { customerId } }),
  reveal: (id: string, customerId: string, reason: string) =>
    fetchJson<RevealDto>(`${base(id)}/batch/customer/reveal`, { method: "POST", json: { customerId, reason } }),
};
