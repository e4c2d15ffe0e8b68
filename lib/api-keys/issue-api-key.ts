import "server-only";
import { lockOrganization } from "@/lib/admin/organizations/organization-lookups";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { conflict } from "@/lib/http/errors";
import type { IssuedApiKey } from "./contracts";
import { newApiKey } from "./new-api-key";
import { syncSandboxKeys } from "./sync-sandbox-keys";
import { apiKeyInclude, toApiKeyDto } from "./to-api-key-dto";

/**
 * Generates an organization's x-transaction-key. One active key per organization: a second one
 * is a rotation, so the previous key's end is always deliberate and audited.
 */
export async function issueApiKey(ctx: RequestContext, organizationId: string): Promise<IssuedApiKey> {
  const prisma = await db();
  const { secret, data } = await newApiKey(organizationId, ctx.actor.id);
  const created = await prisma.$transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (organization.status !== "ACTIVE") throw conflict("ORGANIZATION_SUSPENDED", "This organization is suspended. Reactivate it before issuing a key.");
    if (await tx.apiKey.count({ where: { organizationId, status: "ACTIVE" } })) {
      throw conflict("ACTIVE_KEY_EXISTS", "This organization already has an active key. Rotate it to issue a new one.");
    }
    const key = await tx.apiKey.create({ data, include: apiKeyInclude });
    await writeAudit(tx, {
      ...auditFields(ctx, { type: "api-key", id: key.id, organizationId }),
      action: "api-key.generated", outcome: "SUCCESS", details: { prefix: key.prefix, last4: key.last4 },
    });
    return key;
  });
  await syncSandboxKeys(organizationId);
  return { key: toApiKeyDto(created), secret };
}
