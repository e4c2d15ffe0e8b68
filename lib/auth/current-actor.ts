import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { OrganizationStatus, Role, UserStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { permissionsOf, type Permission } from "./permissions";
import { readSessionClaims } from "./session-cookie";

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

type UserRow = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  status: UserStatus;
  sessionVersion: number;
  mustChangePassword: boolean;
  organizationId: string | null;
  organizationName: string | null;
  organizationStatus: OrganizationStatus | null;
};

/**
 * The signed-in user as the database says now: a disabled user, a suspended organization or
 * a bumped session version loses access on the very next request, not at token expiry. The
 * user and their organization are read in one SQL statement: every request pays for it (Prisma
 * would read them in two round trips).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await readSessionClaims();
  if (!session || !z.uuid().safeParse(session.userId).success) return null;
  const prisma = await db();
  const [user] = await prisma.$queryRaw<UserRow[]>`
    SELECT u.id, u.email, u.name, u.roles::text[] AS roles, u.status::text AS status, u."sessionVersion", u."mustChangePassword",
           u."organizationId", o.name AS "organizationName", o.status::text AS "organizationStatus"
      FROM "User" u LEFT JOIN "Organization" o ON o.id = u."organizationId"
     WHERE u.id = ${session.userId}::uuid`;
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== session.sessionVersion) return null;
  if (user.organizationStatus === "SUSPENDED") return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    organizationId: user.organizationId,
    organizationName: user.organizationName,
    // Until a one-time password is replaced, changing it is the only thing the user may do.
    permissions: user.mustChangePassword ? new Set<Permission>(["account:password"]) : permissionsOf(user.roles),
    mustChangePassword: user.mustChangePassword,
  };
});
