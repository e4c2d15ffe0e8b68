import "server-only";
import { auditFields, recordAudit, type AuditTarget, type RequestContext } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/http/errors";

/**
 * Runs a change; a refusal it raises (a typed error with one of `codes`) is recorded as a
 * DENIED entry after the rolled-back transaction, then passed on.
 */
export async function auditingRefusals<T>(
  ctx: RequestContext,
  target: AuditTarget,
  action: string,
  codes: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof AppError && codes.includes(error.code)) {
      await recordAudit({ ...auditFields(ctx, target), action, outcome: "DENIED", details: { reason: error.code } });
    }
    throw error;
  }
}

/** Unique-constraint violations (P2002) raised by a race the explicit check did not see. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
