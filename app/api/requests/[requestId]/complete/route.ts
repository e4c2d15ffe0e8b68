import { route } from "@/lib/http/route";
import { completeUpload } from "@/lib/requests/complete-upload";
import { requestIdParams } from "@/lib/requests/contracts";
import { findRequestForActor } from "@/lib/requests/find-request";
import { toRequestDetail } from "@/lib/requests/to-request-dto";

export const dynamic = "force-dynamic";

/** After the bytes arrived: the server's own SHA-256 and validation decide whether the file is kept. */
export const POST = route({ permission: "requests:upload", params: requestIdParams }, async (ctx) => {
  await completeUpload(ctx, ctx.params.requestId);
  return toRequestDetail(ctx.actor, await findRequestForActor(ctx.actor, ctx.params.requestId));
});
