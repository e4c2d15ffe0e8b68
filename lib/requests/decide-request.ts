import "server-only";
import { auditFields, recordAudit, type RequestContext } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/http/errors";
import { canDecide, type DecisionRefusal } from "./can-decide";

const REFUSALS: Record<Exclude<DecisionRefusal, "OTHER_ORGANIZATION">, () => AppError> = {
  NOT_APPROVER: () => new AppError(403, "FORBIDDEN", "You do not have permission to do this."),
  OWN_UPLOAD: () => new AppError(403, "OWN_UPLOAD", "You uploaded this file, so another approver must decide on it (four eyes)."),
  ALREADY_APPROVED: () => new AppError(403, "ALREADY_APPROVED", "You have approved this file already; another approver must give the second approval."),
};

/** The 403 of a refused decision, with its code (worded for people by `common.apiErrors`). */
export const refusalError = (refusal: keyof typeof REFUSALS) => REFUSALS[refusal]();

/**
 * Loads a request for a decision by this approver, enforcing canDecide(): another
 * organization's request is a 404 like a missing one; any other refusal is audited as DENIED
 * under `action` and answered 403 with its code.
 */
export async function loadForDecision(ctx: RequestContext, id: string, action: string) {
  const { actor } = ctx;
  const prisma = await db();
  const request = actor.organizationId
    ? await prisma.migrationRequest.findFirst({ where: { id, organizationId: actor.organizationId }, include: { approvals: { select: { approverId: true } } } })
    : null;
  if (!request) throw notFound("Request not found");
  const check = canDecide(request, actor);
  if (!check.allowed) {
    if (check.refusal === "OTHER_ORGANIZATION") throw notFound("Request not found");
    await recordAudit({ ...auditFields(ctx, requestTarget(request)), action, outcome: "DENIED", details: { reason: check.refusal } });
    throw refusalError(check.refusal);
  }
  return request;
}

export function requestTarget(request: { id: string; organizationId: string }) {
  return { type: "request", id: request.id, organizationId: request.organizationId };
}
