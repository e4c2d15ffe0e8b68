import "server-only";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { open } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/log/logger";

/** How long the sandbox's admin endpoint may take before the change answers 502. */
const ADMIN_TIMEOUT_MS = 10_000;

/**
 * In demo mode the sandbox plays the platform that issues keys: after every key or
 * organization change it is told, over its admin endpoint (PUT /admin/v1/clients/{ref}/keys),
 * which of the organization's keys to accept, derived from the portal's state (idempotent, so
 * any later change also repairs an earlier failed one). The organization's id is its client
 * reference there. Revoked → revoked; suspended organization → expired now (undone on
 * reactivation); rotated → expires when its grace period ends; active → no expiry.
 */
export async function syncSandboxKeys(organizationId: string): Promise<void> {
  const env = getEnv();
  if (!env.sandboxAdmin) return;
  try {
    const prisma = await db();
    const organization = await prisma.organization.findUnique({ where: { id: organizationId }, include: { apiKeys: true } });
    if (!organization) return;
    const { encryptionKey } = await loadSecrets(env);
    const now = new Date();
    const keys = organization.apiKeys.map((k) => {
      const key = open(k.keyCiphertext, encryptionKey);
      if (k.status === "REVOKED") return { key, revoked: true as const };
      const expiresAt = organization.status === "SUSPENDED" ? now : k.status === "ROTATED" ? (k.graceEndsAt ?? now) : null;
      return { key, expiresAt: expiresAt?.toISOString() ?? null };
    });
    const response = await fetch(`${env.sandboxAdmin.url}/admin/v1/clients/${encodeURIComponent(organizationId)}/keys`, {
      method: "PUT",
      headers: { authorization: `Bearer ${env.sandboxAdmin.secret}`, "content-type": "application/json" },
      body: JSON.stringify({ name: organization.name, keys }),
      signal: AbortSignal.timeout(ADMIN_TIMEOUT_MS),
    });
    // The answer's code only: the body could echo what was sent.
    if (!response.ok) throw Object.assign(new Error(`the sandbox's admin endpoint answered ${response.status}`), { code: (await response.json().catch(() => ({})))?.code });
  } catch (error) {
    const { name, message, code } = error as { name?: string; message?: string; code?: string };
    logger.error({ err: { name, message, code }, organizationId }, "sandbox key sync failed");
    throw new AppError(502, "SANDBOX_SYNC_FAILED", "The change was saved, but the Digitization sandbox could not be updated. Repeat the action to retry.");
  }
}

/** Every organization's keys, at start: the sandbox's database may be new, or behind after a failed sync. */
export async function syncEverySandboxClient(): Promise<void> {
  const organizations = await (await db()).organization.findMany({ select: { id: true } });
  for (const { id } of organizations) await syncSandboxKeys(id);
}
