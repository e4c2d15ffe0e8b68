import "server-only";
import { auditingRefusals } from "@/lib/admin/admin-context";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { invalidInput } from "@/lib/http/errors";
import { rolesProblem, type RoleName, type UserDto } from "./contracts";
import { toUserDto, userSelect } from "./to-user-dto";
import { LAST_ADMIN, SELF_CHANGE, assertAnotherActiveAdmin, loadUser, refuseSelf } from "./user-guards";

/** Sets a user's roles; their other sessions end, and the new roles apply from their next request. */
export async function changeUserRoles(ctx: RequestContext, userId: string, roles: RoleName[]): Promise<UserDto> {
  const prisma = await db();
  const target = { type: "user", id: userId, organizationId: null as string | null };
  return auditingRefusals(ctx, target, "admin.user.roles-changed", [SELF_CHANGE, LAST_ADMIN], () =>
    prisma.$transaction(async (tx) => {
      refuseSelf(ctx, userId, "You cannot change your own roles. Ask another administrator.");
      const user = await loadUser(tx, userId);
      target.organizationId = user.organizationId;
      const problem = rolesProblem(roles, user.organizationId !== null);
      if (problem) throw invalidInput([{ field: "roles", code: problem, values: {} }]);
      if (user.roles.includes("ADMIN") && !roles.includes("ADMIN") && user.status === "ACTIVE") await assertAnotherActiveAdmin(tx, userId);
      const updated = await tx.user.update({ where: { id: userId }, data: { roles, sessionVersion: { increment: 1 } }, select: userSelect });
      await writeAudit(tx, { ...auditFields(ctx, target), action: "admin.user.roles-changed", outcome: "SUCCESS", details: { email: user.email, from: user.roles, to: roles } });
      return toUserDto(ctx.actor, updated);
    }),
  );
}
