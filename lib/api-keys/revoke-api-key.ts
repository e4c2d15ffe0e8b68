import "server-only";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import type { ApiKeyDto } from "./contracts";
import { findApiKey } from "./find-api-key";
import { syncSandboxKeys } from "./sync-sandbox-keys";
import { apiKeyInclude, toApiKeyDto } from "./to-api-key-dto";

/**
 * Ends a key at once, for the portal and the sandbox. Revoking a revoked key changes nothing
 * (and is not audited again), but still re-tells the sandbox, which repairs a failed earlier sync.
 */
export async function revokeApiKey(ctx: RequestContext, keyId: string): Promise<ApiKeyDto> {
  const prisma = await db();
  const { organizationId } = await findApiKey(keyId);
  const key = await prisma.$transaction(async (tx) => {
    const moved = await tx.apiKey.updateMany({ where: { id: keyId, status: { in: ["ACTIVE", "ROTATED"] } }, data: { status: "REVOKED", revokedAt: new Date() } });
    const row = await tx.apiKey.findUniqueOrThrow({ where: { id: keyId }, include: apiKeyInclude });
    if (moved.count === 1) {
      await writeAudit(tx, {
        ...auditFields(ctx, { type: "api-key", id: keyId, organizationId }),
        action: "api-key.revoked", outcome: "SUCCESS", details: { prefix: row.prefix, last4: row.last4 },
      });
    }
    return row;
  });
  await syncSandboxKeys(organizationId);
  return toApiKeyDto(key);
}
