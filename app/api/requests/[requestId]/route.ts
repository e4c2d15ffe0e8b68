import { route } from "@/lib/http/route";
import { requestIdParams } from "@/lib/requests/contracts";
import { findRequestForActor } from "@/lib/requests/find-request";
import { toRequestDetail } from "@/lib/requests/to-request-dto";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "requests:read", params: requestIdParams }, async ({ actor, params }) =>
  toRequestDetail(actor, await findRequestForActor(actor, params.requestId)),
);
