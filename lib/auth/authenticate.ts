import "server-only";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { recordAudit, writeAudit } from "@/lib/audit/write-audit";
import { verifyPassword } from "./password";
import { isThrottled, recordSignInFailure } from "./sign-in-throttle";

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

/**
 * Checks an email and password. Every failure looks the same to the caller (unknown email,
 * wrong password, locked, disabled, suspended), so the answer never tells whether an account exists.
 */
export async function authenticate(input: { email: string; password: string; sourceIp: string | null }): Promise<SignedInUser | null> {
  const env = getEnv();
  const prisma = await db();
  const email = input.email.trim().toLowerCase();
  const audit = { action: "auth.sign-in", actorEmail: email, sourceIp: input.sourceIp };
  const user = await prisma.user.findUnique({ where: { email }, include: { organization: true } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);

  if (isThrottled(input.sourceIp)) return deny(audit, "address throttled", user?.id);
  if (!user) return deny(audit, "unknown email");
  const scope = { ...audit, actorId: user.id, organizationId: user.organizationId };
  if (user.lockedUntil && user.lockedUntil > new Date()) return deny(scope, "account locked");

  if (!passwordOk) {
    recordSignInFailure(input.sourceIp);
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

  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() } });
    await writeAudit(tx, { ...scope, outcome: "SUCCESS" });
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

async function deny(entry: { action: string; actorEmail: string; sourceIp: string | null }, reason: string, actorId?: string) {
  recordSignInFailure(entry.sourceIp);
  await recordAudit({ ...entry, actorId: actorId ?? null, outcome: "DENIED", details: { reason } });
  return null;
}
