import { route } from "@/lib/http/route";
import { requestIdParams } from "@/lib/requests/contracts";
import { readLineage } from "@/lib/requests/read-lineage";

export const dynamic = "force-dynamic";

/** The request's lineage (LineageDto): original → corrections, and what became of the original's customers. Counts only. */
export const GET = route({ permission: "requests:read", params: requestIdParams }, ({ actor, params }) => readLineage(actor, params.requestId));
