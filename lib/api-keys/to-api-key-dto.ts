import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiKeyDto, ApiKeyState } from "./contracts";

export const apiKeyInclude = { organization: { select: { name: true, status: true } } } satisfies Prisma.ApiKeyInclude;

type ApiKeyRow = Prisma.ApiKeyGetPayload<{ include: typeof apiKeyInclude }>;

/** Never the hash or the ciphertext: only what identifies the key to a person. */
export function toApiKeyDto(row: ApiKeyRow, now = new Date()): ApiKeyDto {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    prefix: row.prefix,
    last4: row.last4,
    status: row.status,
    state: stateOf(row, now),
    graceEndsAt: row.graceEndsAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

function stateOf(row: ApiKeyRow, now: Date): ApiKeyState {
  if (row.status === "REVOKED") return "revoked";
  if (row.status === "ROTATED" && (!row.graceEndsAt || row.graceEndsAt <= now)) return "expired";
  if (row.organization.status === "SUSPENDED") return "suspended";
  return row.status === "ROTATED" ? "grace" : "active";
}
