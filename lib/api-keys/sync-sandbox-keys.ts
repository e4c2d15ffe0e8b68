import "server-only";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { open } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/log/logger";
import { registerSandboxKey } from "@/lib/sandbox/keys/register-sandbox-key";
import { revokeSandboxKey } from "@/lib/sandbox/keys/revoke-sandbox-key";
import { sandboxClientRef } from "./sandbox-client-ref";

/**
 * In the embedded demo the sandbox plays the platform that issues keys: after every key or
 * organization change, it is told which of the organization's keys to accept, derived from the
 * portal's state (idempotent, so any later change also repairs an earlier failed one).
 * Revoked → revoked; suspended organization → expired now (undone on reactivation);
 * rotated → expires when its grace period ends; active → no expiry.
 */
export async function syncSandboxKeys(organizationId: string): Promise<void> {
  const env = getEnv();
  if (!env.sandboxEnabled) return;
  try {
    const prisma = await db();
    const organization = await prisma.organization.findUnique({ where: { id: organizationId }, include: { apiKeys: true } });
    if (!organization) return;
    const { encryptionKey } = await loadSecrets(env);
    const keys = organization.apiKeys.map((k) => ({ ...k, secret: open(k.keyCiphertext, encryptionKey) }));
    const clientRef = await sandboxClientRef(prisma, organizationId, keys.map((k) => k.secret));
    const now = new Date();
    for (const key of keys) {
      if (key.status === "REVOKED") {
        await revokeSandboxKey(prisma, { key: key.secret });
        continue;
      }
      const expiresAt = organization.status === "SUSPENDED" ? now : key.status === "ROTATED" ? (key.graceEndsAt ?? now) : undefined;
      await registerSandboxKey(prisma, { clientRef, clientName: organization.name, key: key.secret, ...(expiresAt ? { expiresAt } : {}) });
    }
  } catch (error) {
    logger.error({ err: error, organizationId }, "sandbox key sync failed");
    throw new AppError(502, "SANDBOX_SYNC_FAILED", "The change was saved, but the Digitization sandbox could not be updated. Repeat the action to retry.");
  }
}
