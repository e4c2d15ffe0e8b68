import { route } from "@/lib/http/route";
import { approveRequest } from "@/lib/requests/approve-request";
import { approveRequestBody, requestIdParams } from "@/lib/requests/contracts";
import { findRequestForActor } from "@/lib/requests/find-request";
import { toRequestDetail } from "@/lib/requests/to-request-dto";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "requests:approve", params: requestIdParams, body: approveRequestBody }, async (ctx) => {
  await approveRequest(ctx, ctx.params.requestId, ctx.body);
  return toRequestDetail(ctx.actor, await findRequestForActor(ctx.actor, ctx.params.requestId));
});
