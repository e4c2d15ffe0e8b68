import "server-only";
import type { RequestContext } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { loadForDecision } from "./decide-request";
import { moveRequest } from "./request-lifecycle";

export async function rejectRequest(ctx: RequestContext, id: string, reason: string) {
  const request = await loadForDecision(ctx, id, "request.rejected");
  await (await db()).$transaction(async (tx) => {
    await moveRequest(tx, "rejected", request, { by: ctx, data: { decidedById: ctx.actor.id, decidedAt: new Date(), rejectionReason: reason }, details: { reason } });
    await notify(tx, { type: "request.rejected", requestId: id, actorId: ctx.actor.id, reason });
  });
}
