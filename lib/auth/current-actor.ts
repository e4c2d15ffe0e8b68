import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { getAuthOptions } from "./auth-options";
import { permissionsOf, type Permission } from "./permissions";

export type Actor = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** Null for platform administrators. */
  organizationId: string | null;
  organizationName: string | null;
  permissions: Set<Permission>;
  mustChangePassword: boolean;
};

/**
 * The signed-in user as the database says now: a disabled user, a suspended organization or
 * a bumped session version loses access on the very next request, not at token expiry.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(await getAuthOptions())) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: session.userId }, include: { organization: true } });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== session.sessionVersion) return null;
  if (user.organization?.status === "SUSPENDED") return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    organizationId: user.organizationId,
    organizationName: user.organization?.name ?? null,
    // Until a one-time password is replaced, changing it is the only thing the user may do.
    permissions: user.mustChangePassword ? new Set<Permission>(["account:password"]) : permissionsOf(user.roles),
    mustChangePassword: user.mustChangePassword,
  };
});
