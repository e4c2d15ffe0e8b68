import "server-only";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { recordAudit, writeAudit } from "@/lib/audit/write-audit";
import { verifyPassword } from "./password";
import { signInBrakes } from "./sign-in-brakes";

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

type AuditScope = { action: string; actorEmail: string; clientAddress: string | null; actorId?: string; organizationId?: string | null };

/**
 * Checks an email and password. Every failure looks the same to the caller (unknown email,
 * wrong password, locked, disabled, suspended, braked), so the answer never tells whether an
 * account exists. A database error (brakes included) is thrown: sign-in fails closed.
 */
/** `language`: the portal language the user signs in with, remembered for their e-mails. */
export async function authenticate(input: { email: string; password: string; sourceIp: string | null; language?: Locale }): Promise<SignedInUser | null> {
  const env = getEnv();
  const prisma = await db();
  const email = input.email.trim().toLowerCase();
  const audit: AuditScope = { action: "auth.sign-in", actorEmail: email, clientAddress: input.sourceIp };
  const brakes = signInBrakes(prisma, email, input.sourceIp);
  const user = await prisma.user.findUnique({ where: { email }, include: { organization: true } });

  // Checked before the password, so a held guesser costs no argon2 work. Being held depends on
  // the caller's own failures, never on whether the account exists, so the shortcut tells nothing.
  const held = await brakes.heldReason();
  if (held) {
    await recordAudit({ ...audit, actorId: user?.id ?? null, outcome: "DENIED", details: { reason: held } });
    return null;
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const deny = async (scope: AuditScope, reason: string) => {
    await brakes.countFailure();
    await recordAudit({ ...scope, actorId: scope.actorId ?? null, outcome: "DENIED", details: { reason } });
    return null;
  };

  if (!user) return deny(audit, "unknown email");
  const scope = { ...audit, actorId: user.id, organizationId: user.organizationId };
  if (user.lockedUntil && user.lockedUntil > new Date()) return deny(scope, "account locked");

  if (!passwordOk) {
    await brakes.countFailure();
    await prisma.$transaction(async (tx) => {
      const updated = await tx.user.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 } } });
      await writeAudit(tx, { ...scope, outcome: "FAILURE", details: { reason: "wrong password" } });
      if (updated.failedSignIns >= env.SIGN_IN_MAX_FAILURES) {
        const lockedUntil = new Date(Date.now() + env.SIGN_IN_LOCK_SECONDS * 1000);
        await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil } });
        await writeAudit(tx, { ...scope, action: "auth.lockout", outcome: "DENIED", details: { until: lockedUntil.toISOString() } });
      }
    });
    return null;
  }
  if (user.status !== "ACTIVE") return deny(scope, "user disabled");
  if (user.organization?.status === "SUSPENDED") return deny(scope, "organization suspended");

  await brakes.resetAccount();
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date(), ...(input.language ? { locale: input.language } : {}) } });
    await writeAudit(tx, { ...scope, outcome: "SUCCESS" });
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
