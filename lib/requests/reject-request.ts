import "server-only";
import { notify } from "@/lib/notifications/notify";
import { loadForDecision, transition, type DecisionContext } from "./decide-request";

export async function rejectRequest(ctx: DecisionContext, id: string, reason: string) {
  await loadForDecision(ctx, id, "request.rejected");
  await transition(ctx, id, {
    from: "PENDING_APPROVAL",
    data: { status: "REJECTED", decidedById: ctx.actor.id, decidedAt: new Date(), rejectionReason: reason },
    action: "request.rejected",
    details: { reason },
  }, (tx) => notify(tx, { type: "request.rejected", requestId: id, actorId: ctx.actor.id, reason }));
}
