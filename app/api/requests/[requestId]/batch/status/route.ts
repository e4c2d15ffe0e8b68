import { batchRoute } from "@/lib/batches/batch-route";
import { readBatchStatus } from "@/lib/batches/read-batch-status";

export const dynamic = "force-dynamic";

/** The batch's progress (BatchStatusDto); also refreshes the list's stored batch status. */
export const GET = batchRoute({}, ({ target }) => readBatchStatus(target));
