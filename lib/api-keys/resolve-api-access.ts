import "server-only";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { open } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";

export type ApiAccess = { baseUrl: string; apiKey: string };

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The Digitization API base URL and the organization's active x-transaction-key, decrypted for
 * one server-side call. Never returned to the browser, never logged.
 */
export async function resolveApiAccess(organizationId: string): Promise<ApiAccess> {
  const prisma = await db();
  return apiAccessOf(await prisma.organization.findUnique({ where: { id: organizationId }, select: apiAccessSelect }));
}

/**
 * What access is resolved from: the organization's status, base URL and newest active key (the
 * batch proxy reads the same three with the request, in one SQL statement: load-batch-target.ts).
 */
const apiAccessSelect = {
  status: true,
  digitizationBaseUrl: true,
  apiKeys: { where: { status: "ACTIVE" }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true, keyCiphertext: true, lastUsedAt: true } },
} satisfies Prisma.OrganizationSelect;

type AccessFields = Prisma.OrganizationGetPayload<{ select: typeof apiAccessSelect }>;

/** Refuses a suspended organization or one without an active key; otherwise decrypts the key. */
export async function apiAccessOf(organization: AccessFields | null): Promise<ApiAccess> {
  const env = getEnv();
  // A suspended organization's key stops working at once, whatever its own status.
  if (organization?.status === "SUSPENDED") {
    throw new AppError(403, "ORGANIZATION_SUSPENDED", "This organization is suspended, so its Digitization API key cannot be used.");
  }
  const key = organization?.apiKeys[0];
  if (!organization || !key) {
    throw new AppError(409, "NO_API_KEY", "This organization has no active Digitization API key. Ask a platform administrator to issue one.");
  }
  const { encryptionKey } = await loadSecrets(env);
  await touchLastUsed(key.id, key.lastUsedAt);
  return { baseUrl: organization.digitizationBaseUrl ?? env.digitizationBaseUrl, apiKey: open(key.keyCiphertext, encryptionKey) };
}

/**
 * "Last used" to the minute is what an administrator needs; writing it on every proxied page
 * would add a write to every read. Conditional, so instances racing write it once.
 */
async function touchLastUsed(keyId: string, lastUsedAt: Date | null): Promise<void> {
  const staleBefore = new Date(Date.now() - LAST_USED_RESOLUTION_MS);
  if (lastUsedAt && lastUsedAt > staleBefore) return;
  const prisma = await db();
  await prisma.apiKey.updateMany({
    where: { id: keyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
    data: { lastUsedAt: new Date() },
  });
}
