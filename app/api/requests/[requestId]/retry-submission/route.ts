import { route } from "@/lib/http/route";
import { requestIdParams } from "@/lib/requests/contracts";
import { findRequestForActor } from "@/lib/requests/find-request";
import { retrySubmission } from "@/lib/requests/retry-submission";
import { toRequestDetail } from "@/lib/requests/to-request-dto";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "requests:approve", params: requestIdParams }, async (ctx) => {
  await retrySubmission(ctx, ctx.params.requestId);
  return toRequestDetail(ctx.actor, await findRequestForActor(ctx.actor, ctx.params.requestId));
});
