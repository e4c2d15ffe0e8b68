import "server-only";
import { auditingRefusals } from "@/lib/admin/admin-context";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { conflict } from "@/lib/http/errors";
import type { UserDto } from "./contracts";
import { toUserDto, userSelect } from "./to-user-dto";
import { LAST_ADMIN, SELF_CHANGE, assertAnotherActiveAdmin, loadUser, refuseSelf } from "./user-guards";

/** Disables a user: sign-in is refused and every live session ends on its next request. */
export async function disableUser(ctx: RequestContext, userId: string): Promise<UserDto> {
  const prisma = await db();
  const target = { type: "user", id: userId, organizationId: null as string | null };
  return auditingRefusals(ctx, target, "admin.user.disabled", [SELF_CHANGE, LAST_ADMIN], () =>
    prisma.$transaction(async (tx) => {
      refuseSelf(ctx, userId, "You cannot disable your own account. Ask another administrator.");
      const user = await loadUser(tx, userId);
      target.organizationId = user.organizationId;
      if (user.roles.includes("ADMIN") && user.status === "ACTIVE") await assertAnotherActiveAdmin(tx, userId);
      const moved = await tx.user.updateMany({ where: { id: userId, status: "ACTIVE" }, data: { status: "DISABLED", sessionVersion: { increment: 1 } } });
      if (moved.count !== 1) throw conflict("STATE_CHANGED", "This user is already disabled.");
      await writeAudit(tx, { ...auditFields(ctx, target), action: "admin.user.disabled", outcome: "SUCCESS", details: { email: user.email } });
      return toUserDto(ctx.actor, await tx.user.findUniqueOrThrow({ where: { id: userId }, select: userSelect }));
    }),
  );
}
