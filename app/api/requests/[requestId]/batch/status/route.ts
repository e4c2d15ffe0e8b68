import { readBatchStatus } from "@/lib/batches/read-batch-status";
import { route } from "@/lib/http/route";
import { requestIdParams } from "@/lib/requests/contracts";

export const dynamic = "force-dynamic";

/**
 * The batch's progress (BatchStatusDto) as the refresh job last stored it: no call to the
 * Digitization API, however many people watch. `checkedAt: null` until the first check.
 */
export const GET = route({ permission: "batches:read", params: requestIdParams }, ({ actor, params }) => readBatchStatus(actor, params.requestId));
