import "server-only";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { conflict } from "@/lib/http/errors";
import type { UserDto } from "./contracts";
import { toUserDto, userSelect } from "./to-user-dto";
import { loadUser } from "./user-guards";

/** Re-enables a disabled user (and clears a sign-in lockout); their old sessions stay ended. */
export async function enableUser(ctx: RequestContext, userId: string): Promise<UserDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    const moved = await tx.user.updateMany({ where: { id: userId, status: "DISABLED" }, data: { status: "ACTIVE", failedSignIns: 0, lockedUntil: null } });
    if (moved.count !== 1) throw conflict("STATE_CHANGED", "This user is already active.");
    await writeAudit(tx, {
      ...auditFields(ctx, { type: "user", id: userId, organizationId: user.organizationId }),
      action: "admin.user.enabled", outcome: "SUCCESS", details: { email: user.email },
    });
    return toUserDto(ctx.actor, await tx.user.findUniqueOrThrow({ where: { id: userId }, select: userSelect }));
  });
}
