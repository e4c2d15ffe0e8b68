import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/audit/write-audit";

// Test helpers: users created straight in the database, actors built as getActor would.

export const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

export async function createActor(roles: Role[], organizationId: string | null = null): Promise<Actor> {
  const prisma = await db();
  const email = `${randomUUID()}@test.example`;
  return actorOf(await prisma.user.create({ data: { email, name: email, roles, organizationId, passwordHash: "x" } }));
}

export function actorOf(user: { id: string; email: string; name: string; roles: Role[]; organizationId?: string | null; organization?: { id: string } | null }): Actor {
  const { id, email, name, roles } = user;
  const organizationId = user.organizationId ?? user.organization?.id ?? null;
  return { id, email, name, roles, organizationId, organizationName: null, permissions: permissionsOf(roles), mustChangePassword: false };
}

export const contextOf = (actor: Actor): RequestContext => ({ actor, clientAddress: "127.0.0.1", correlationId: "test" });

export async function createOrganizationRow(name = unique("Org")) {
  const prisma = await db();
  return prisma.organization.create({ data: { name } });
}
