import "server-only";
import { auditingRefusals } from "@/lib/admin/admin-context";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { UserDto } from "./contracts";
import { toUserDto, userSelect } from "./to-user-dto";
import { SELF_CHANGE, assertPasswordPolicy, loadUser, refuseSelf } from "./user-guards";

/**
 * Gives a user a one-time password (e.g. they forgot theirs): their sessions end, a lockout is
 * cleared, and they must choose a new password at their next sign-in.
 */
export async function setOneTimePassword(ctx: RequestContext, userId: string, password: string): Promise<UserDto> {
  const prisma = await db();
  const target = { type: "user", id: userId, organizationId: null as string | null };
  return auditingRefusals(ctx, target, "admin.user.password-set", [SELF_CHANGE], async () => {
    refuseSelf(ctx, userId, "Change your own password on the Password page.");
    assertPasswordPolicy(password);
    const passwordHash = await hashPassword(password);
    return prisma.$transaction(async (tx) => {
      const user = await loadUser(tx, userId);
      target.organizationId = user.organizationId;
      const updated = await tx.user.update({
        where: { id: userId },
        data: { passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null, sessionVersion: { increment: 1 } },
        select: userSelect,
      });
      // Never the password itself.
      await writeAudit(tx, { ...auditFields(ctx, target), action: "admin.user.password-set", outcome: "SUCCESS", details: { email: user.email } });
      return toUserDto(ctx.actor, updated);
    });
  });
}
