import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/current-actor";
import type { UserDto } from "./contracts";

export const userSelect = {
  id: true, email: true, name: true, roles: true, status: true, mustChangePassword: true,
  lockedUntil: true, lastSignInAt: true, createdAt: true,
  organization: { select: { id: true, name: true, status: true } },
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

/** Never the password hash, the session version or the failure counters. */
export function toUserDto(actor: Actor, row: UserRow, now = new Date()): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    status: row.status,
    organization: row.organization,
    mustChangePassword: row.mustChangePassword,
    locked: row.lockedUntil !== null && row.lockedUntil > now,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    isSelf: row.id === actor.id,
  };
}
