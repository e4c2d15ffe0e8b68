import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { recordAudit, type AuditEntry } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/http/errors";

/** Who is acting, from where: what every administrative use case needs for its audit entry. */
export type AdminContext = { actor: Actor; sourceIp: string | null; requestId: string };

export type AuditTarget = { type: string; id: string; organizationId: string | null };

/**
 * The audit fields of an administrative change. The entry's organization is the one the change
 * concerns (the target's), so filtering the log by organization finds it.
 */
export function auditBy({ actor, sourceIp, requestId }: AdminContext, target: AuditTarget) {
  return {
    actorId: actor.id, actorEmail: actor.email, organizationId: target.organizationId,
    targetType: target.type, targetId: target.id, sourceIp, requestId,
  } satisfies Partial<AuditEntry>;
}

/**
 * Runs a change; a refusal it raises (a typed error with one of `codes`) is recorded as a
 * DENIED entry after the rolled-back transaction, then passed on.
 */
export async function auditingRefusals<T>(
  ctx: AdminContext,
  target: AuditTarget,
  action: string,
  codes: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof AppError && codes.includes(error.code)) {
      await recordAudit({ ...auditBy(ctx, target), action, outcome: "DENIED", details: { reason: error.code } });
    }
    throw error;
  }
}

/** Unique-constraint violations (P2002) raised by a race the explicit check did not see. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
