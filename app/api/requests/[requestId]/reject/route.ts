import { route } from "@/lib/http/route";
import { rejectRequestBody, requestIdParams } from "@/lib/requests/contracts";
import { findRequestForActor } from "@/lib/requests/find-request";
import { rejectRequest } from "@/lib/requests/reject-request";
import { toRequestDetail } from "@/lib/requests/to-request-dto";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "requests:approve", params: requestIdParams, body: rejectRequestBody }, async (ctx) => {
  await rejectRequest(ctx, ctx.params.requestId, ctx.body.reason);
  return toRequestDetail(ctx.actor, await findRequestForActor(ctx.actor, ctx.params.requestId));
});
