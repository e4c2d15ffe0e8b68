import "server-only";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { open } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";

export type ApiAccess = { baseUrl: string; apiKey: string };

/**
 * The Digitization API base URL and the organization's active x-transaction-key, decrypted for
 * one server-side call. Never returned to the browser, never logged.
 */
export async function resolveApiAccess(organizationId: string): Promise<ApiAccess> {
  const env = getEnv();
  const prisma = await db();
  const organization = await prisma.organization.findUnique({ where: { id: organizationId } });
  const key = await prisma.apiKey.findFirst({ where: { organizationId, status: "ACTIVE" }, orderBy: { createdAt: "desc" } });
  // A suspended organization's key stops working at once, whatever its own status.
  if (organization?.status === "SUSPENDED") {
    throw new AppError(403, "ORGANIZATION_SUSPENDED", "This organization is suspended, so its Digitization API key cannot be used.");
  }
  if (!organization || !key) {
    throw new AppError(409, "NO_API_KEY", "This organization has no active Digitization API key. Ask a platform administrator to issue one.");
  }
  const { encryptionKey } = await loadSecrets(env);
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { baseUrl: organization.digitizationBaseUrl ?? env.digitizationBaseUrl, apiKey: open(key.keyCiphertext, encryptionKey) };
}
