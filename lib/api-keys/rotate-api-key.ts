import "server-only";
import { lockOrganization } from "@/lib/admin/organizations/organization-lookups";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { conflict } from "@/lib/http/errors";
import { getEnv } from "@/lib/config/env";
import type { RotatedApiKey } from "./contracts";
import { findApiKey } from "./find-api-key";
import { newApiKey } from "./new-api-key";
import { syncSandboxKeys } from "./sync-sandbox-keys";
import { apiKeyInclude, toApiKeyDto } from "./to-api-key-dto";

/**
 * Replaces the active key: the new one is ACTIVE (and what the portal uses from now on), the
 * old one ROTATED and still accepted until its grace period ends, so the organization's other
 * callers can switch without an outage.
 */
export async function rotateApiKey(ctx: RequestContext, keyId: string): Promise<RotatedApiKey> {
  const prisma = await db();
  const { organizationId } = await findApiKey(keyId);
  const { secret, data } = await newApiKey(organizationId, ctx.actor.id);
  const graceEndsAt = new Date(Date.now() + rotationGraceMs());
  const { previous, created } = await prisma.$transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (organization.status !== "ACTIVE") throw conflict("ORGANIZATION_SUSPENDED", "This organization is suspended. Reactivate it before rotating its key.");
    const moved = await tx.apiKey.updateMany({ where: { id: keyId, status: "ACTIVE" }, data: { status: "ROTATED", graceEndsAt } });
    if (moved.count !== 1) throw conflict("KEY_NOT_ACTIVE", "Only the active key can be rotated. Reload to see the keys' current state.");
    const created = await tx.apiKey.create({ data, include: apiKeyInclude });
    await writeAudit(tx, {
      ...auditFields(ctx, { type: "api-key", id: created.id, organizationId }),
      action: "api-key.rotated", outcome: "SUCCESS",
      details: { previousKeyId: keyId, prefix: created.prefix, last4: created.last4, graceEndsAt: graceEndsAt.toISOString() },
    });
    return { previous: await tx.apiKey.findUniqueOrThrow({ where: { id: keyId }, include: apiKeyInclude }), created };
  });
  await syncSandboxKeys(organizationId);
  return { key: toApiKeyDto(created), secret, previous: toApiKeyDto(previous) };
}

/** How long a rotated key keeps working (API_KEY_ROTATION_GRACE_HOURS), in milliseconds. */
function rotationGraceMs(): number {
  return Math.round(getEnv().API_KEY_ROTATION_GRACE_HOURS * 3_600_000);
}
