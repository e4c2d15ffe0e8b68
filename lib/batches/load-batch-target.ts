import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/current-actor";
import { apiAccessOf, type ApiAccess } from "@/lib/api-keys/resolve-api-access";
import { db } from "@/lib/db/client";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { conflict, notFound } from "@/lib/http/errors";
import { mayReadRequestOf } from "@/lib/requests/find-request";

export type BatchTarget = {
  request: { id: string; organizationId: string; fileName: string; batchStatus: string | null };
  batchId: string;
  /** The request's organization's key: admins reading another organization use that one. */
  api: ApiAccess;
};

export type TargetRow = {
  id: string;
  organizationId: string;
  fileName: string;
  batchStatus: string | null;
  batchId: string | null;
  organizationStatus: OrganizationStatus;
  digitizationBaseUrl: string | null;
  keyId: string | null;
  keyCiphertext: string | null;
  keyLastUsedAt: Date | null;
};

/**
 * A request with its organization and that organization's newest active key, by id alone: one
 * SQL statement, since every proxied page pays for it (Prisma would take three round trips).
 * Not yet scoped to anyone: `loadBatchTarget` decides whether the actor may see it, so the
 * batch routes can start this read beside the session check instead of after it.
 */
export async function readBatchTarget(requestId: string): Promise<TargetRow | null> {
  if (!z.uuid().safeParse(requestId).success) return null;
  const prisma = await db();
  const [row] = await prisma.$queryRaw<TargetRow[]>`
    SELECT r.id, r."organizationId", r."fileName", r."batchStatus", r."batchId",
           o.status::text AS "organizationStatus", o."digitizationBaseUrl",
           k.id AS "keyId", k."keyCiphertext", k."lastUsedAt" AS "keyLastUsedAt"
      FROM "MigrationRequest" r
      JOIN "Organization" o ON o.id = r."organizationId"
      LEFT JOIN LATERAL (
        SELECT id, "keyCiphertext", "lastUsedAt" FROM "ApiKey"
         WHERE "organizationId" = r."organizationId" AND status = 'ACTIVE'
         ORDER BY "createdAt" DESC LIMIT 1
      ) k ON TRUE
     WHERE r.id = ${requestId}::uuid`;
  return row ?? null;
}

/**
 * The whole path, in order, before any upstream call: the request through the actor's scope
 * (another organization's is a 404, exactly like a missing one), then its batch, then the key
 * of the request's own organization (decrypted only now). `read` is `readBatchTarget(requestId)`,
 * possibly started earlier.
 */
export async function loadBatchTarget(actor: Actor, requestId: string, read: Promise<TargetRow | null> = readBatchTarget(requestId)): Promise<BatchTarget> {
  const row = await read;
  if (!row || !mayReadRequestOf(actor, row.organizationId)) throw notFound("Request not found");
  if (!row.batchId) throw conflict("BATCH_NOT_PROCESSED", "This request has no batch yet (Batch Not Processed).");
  const key = row.keyId && row.keyCiphertext ? [{ id: row.keyId, keyCiphertext: row.keyCiphertext, lastUsedAt: row.keyLastUsedAt }] : [];
  const api = await apiAccessOf({ status: row.organizationStatus, digitizationBaseUrl: row.digitizationBaseUrl, apiKeys: key });
  const { id, organizationId, fileName, batchStatus } = row;
  return { request: { id, organizationId, fileName, batchStatus }, batchId: row.batchId, api };
}
