import { batchRoute } from "@/lib/batches/batch-route";
import { recordsQuery } from "@/lib/batches/contracts";
import { fetchRecordsPage } from "@/lib/batches/fetch-records-page";
import { toRecordsPageDto } from "@/lib/batches/to-batch-dtos";

export const dynamic = "force-dynamic";

/** One page of processed records (RecordsPageDto), optionally by status or customer id. */
export const GET = batchRoute({ permission: "customer-data:read", query: recordsQuery }, async ({ target, query }) =>
  toRecordsPageDto(await fetchRecordsPage({ ...target.api, batchId: target.batchId }, query)),
);
