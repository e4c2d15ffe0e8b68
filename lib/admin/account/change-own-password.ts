import "server-only";
import { auditFields, recordAudit, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import type { ChangeOwnPasswordBody } from "./contracts";
import { assertPasswordPolicy } from "@/lib/admin/users/user-guards";

/**
 * The signed-in user replaces their password (the one-time one included). Every session of
 * theirs ends, this one too: they sign in again with the new password.
 */
export async function changeOwnPassword(ctx: RequestContext, body: ChangeOwnPasswordBody): Promise<void> {
  const { actor } = ctx;
  const prisma = await db();
  const audit = { ...auditFields(ctx, { type: "user", id: actor.id, organizationId: actor.organizationId }), action: "account.password-changed" };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, sessionVersion: true } });
  if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
    await recordAudit({ ...audit, outcome: "DENIED", details: { reason: "wrong current password" } });
    throw new AppError(400, "WRONG_PASSWORD", "The current password is not correct.");
  }
  assertPasswordPolicy(body.newPassword);
  const passwordHash = await hashPassword(body.newPassword);
  await prisma.$transaction(async (tx) => {
    // Guarded on the session version read above: a concurrent reset by an administrator wins.
    const moved = await tx.user.updateMany({
      where: { id: actor.id, sessionVersion: user.sessionVersion },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError(409, "STATE_CHANGED", "Your account was changed in the meantime. Sign in again.");
    await writeAudit(tx, { ...audit, outcome: "SUCCESS" });
  });
}
