import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/current-actor";
import { recordAudit, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { conflict, forbidden, notFound } from "@/lib/http/errors";

export type DecisionContext = { actor: Actor; sourceIp: string | null; requestId: string };

/**
 * The four-eyes rules every decision on a request shares: an approver of the request's own
 * organization who did not upload it. Refusals are audited; another organization's request
 * is a 404 like a missing one.
 */
export async function loadForDecision(ctx: DecisionContext, id: string, action: string) {
  const { actor } = ctx;
  const prisma = await db();
  const request = actor.organizationId ? await prisma.migrationRequest.findFirst({ where: { id, organizationId: actor.organizationId } }) : null;
  if (!request) throw notFound("Request not found");
  if (request.uploadedById === actor.id) {
    await recordAudit({ ...auditOf(ctx, id), action, outcome: "DENIED", details: { reason: "self-approval" } });
    throw forbidden("You uploaded this file, so another approver must decide on it (four eyes).");
  }
  return request;
}

/** One conditional update (from the expected state) plus its audit entry and follow-up work, atomically. */
export async function transition(
  ctx: DecisionContext,
  id: string,
  change: { from: Prisma.MigrationRequestWhereInput["status"]; data: Prisma.MigrationRequestUncheckedUpdateManyInput; action: string; details?: Prisma.InputJsonObject },
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>,
) {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const moved = await tx.migrationRequest.updateMany({ where: { id, status: change.from }, data: change.data });
    if (moved.count !== 1) throw conflict("STATE_CHANGED", "This request was changed by someone else in the meantime. Reload to see its current state.");
    await writeAudit(tx, { ...auditOf(ctx, id), action: change.action, outcome: "SUCCESS", ...(change.details ? { details: change.details } : {}) });
    await alsoInTransaction?.(tx);
  });
}

export function auditOf({ actor, sourceIp, requestId }: DecisionContext, id: string) {
  return { actorId: actor.id, actorEmail: actor.email, organizationId: actor.organizationId, targetType: "request", targetId: id, sourceIp, requestId };
}
