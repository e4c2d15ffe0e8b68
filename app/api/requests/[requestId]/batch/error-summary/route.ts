import { readErrorSummary } from "@/lib/batches/read-batch-status";
import { route } from "@/lib/http/route";
import { requestIdParams } from "@/lib/requests/contracts";

export const dynamic = "force-dynamic";

/** Failures by error code (ErrorSummaryDto), counted once by the refresh job when the batch finished. */
export const GET = route({ permission: "batches:read", params: requestIdParams }, ({ actor, params }) => readErrorSummary(actor, params.requestId));
