import { batchRoute } from "@/lib/batches/batch-route";
import { erroredQuery } from "@/lib/batches/contracts";
import { toErroredPageDto } from "@/lib/batches/to-batch-dtos";
import { getErroredRecords } from "@/lib/digitization/client";

export const dynamic = "force-dynamic";

/** One page of failed records with their (masked) input rows (ErroredPageDto). */
export const GET = batchRoute({ permission: "customer-data:read", query: erroredQuery }, async ({ target, query }) =>
  toErroredPageDto(await getErroredRecords({ ...target.api, batchId: target.batchId, pageNo: query.pageNo })),
);
