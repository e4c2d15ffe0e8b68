import "server-only";
import type { RequestContext } from "@/lib/audit/write-audit";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { passwordProblem } from "@/lib/auth/password";
import { AppError, conflict, invalidInput, notFound } from "@/lib/http/errors";

type Tx = Prisma.TransactionClient;

/** A user by id, with the fields the admin rules look at. */
export async function loadUser(tx: Tx, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("User not found");
  const user = await tx.user.findUnique({ where: { id }, include: { organization: { select: { name: true } } } });
  if (!user) throw notFound("User not found");
  return user;
}

export const SELF_CHANGE = "SELF_CHANGE";
export const LAST_ADMIN = "LAST_ADMIN";

/** Administrators cannot lock themselves out, nor quietly widen their own access. */
export function refuseSelf(ctx: RequestContext, userId: string, message: string) {
  if (ctx.actor.id === userId) throw new AppError(403, SELF_CHANGE, message);
}

/**
 * Refuses a change that would leave no active platform administrator. Admin changes take one
 * lock, so two administrators disabling each other at once cannot both succeed.
 */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(727003)`;
  // Raw SQL, the same as `roles: { has: "ADMIN" }` (written when the PGlite adapter could not bind that filter).
  const [row] = await tx.$queryRaw<{ others: number }[]>`
    SELECT count(*)::int AS others FROM "User"
    WHERE id <> ${userId}::uuid AND status = 'ACTIVE' AND 'ADMIN'::"Role" = ANY(roles)`;
  if (!row || row.others === 0) throw conflict(LAST_ADMIN, "This is the last active platform administrator. Activate or create another administrator first.");
}

export function assertPasswordPolicy(password: string) {
  const problem = passwordProblem(password);
  if (problem) throw invalidInput([problem]);
}

/** `details.email` lets the portal word the refusal in the user's language. */
export const emailTaken = (email: string) => new AppError(409, "EMAIL_TAKEN", `A user with the email ${email} already exists.`, { email });
