import { batchRoute } from "@/lib/batches/batch-route";
import { summarizeErrors } from "@/lib/batches/summarize-errors";

export const dynamic = "force-dynamic";

/** Failures by error code and the success/failure split (ErrorSummaryDto), capped. */
export const GET = batchRoute({}, ({ target }) => summarizeErrors(target));
