import "server-only";
import { isUniqueViolation } from "@/lib/admin/admin-context";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { CreateUserBody, UserDto } from "./contracts";
import { toUserDto, userSelect } from "./to-user-dto";
import { assertPasswordPolicy, emailTaken } from "./user-guards";

/** Creates a user with a one-time password, which they must replace at their first sign-in. */
export async function createUser(ctx: RequestContext, body: CreateUserBody): Promise<UserDto> {
  assertPasswordPolicy(body.password);
  const prisma = await db();
  const passwordHash = await hashPassword(body.password);
  try {
    return await prisma.$transaction(async (tx) => {
      if (body.organizationId && !(await tx.organization.count({ where: { id: body.organizationId } }))) throw notFound("Organization not found");
      if (await tx.user.count({ where: { email: body.email } })) throw emailTaken(body.email);
      const user = await tx.user.create({
        data: { email: body.email, name: body.name, roles: body.roles, organizationId: body.organizationId, passwordHash, mustChangePassword: true },
        select: userSelect,
      });
      await writeAudit(tx, {
        ...auditFields(ctx, { type: "user", id: user.id, organizationId: body.organizationId }),
        action: "admin.user.created", outcome: "SUCCESS", details: { email: body.email, roles: body.roles },
      });
      return toUserDto(ctx.actor, user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(body.email);
    throw error;
  }
}
