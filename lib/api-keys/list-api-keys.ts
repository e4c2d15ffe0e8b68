import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import type { ListApiKeysResponse } from "./contracts";
import { apiKeyInclude, toApiKeyDto } from "./to-api-key-dto";

/** Platform administrators: every organization's keys, or one organization's. */
export async function listApiKeys(filter: { organizationId?: string | undefined }): Promise<ListApiKeysResponse> {
  const prisma = await db();
  const rows = await prisma.apiKey.findMany({
    where: filter.organizationId ? { organizationId: filter.organizationId } : {},
    include: apiKeyInclude,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return { keys: rows.map((row) => toApiKeyDto(row)) };
}

/** An organization's own approvers: their organization's keys, taken from the session only. */
export async function listOwnApiKeys(actor: Actor): Promise<ListApiKeysResponse> {
  if (!actor.organizationId) return { keys: [] };
  return listApiKeys({ organizationId: actor.organizationId });
}
