import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { apiAccessOf, apiAccessSelect, type ApiAccess } from "@/lib/api-keys/resolve-api-access";
import { db } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/http/errors";
import { requestScope } from "@/lib/requests/find-request";

export type BatchTarget = {
  request: { id: string; organizationId: string; fileName: string; batchStatus: string | null };
  batchId: string;
  /** The request's organization's key: admins reading another organization use that one. */
  api: ApiAccess;
};

/**
 * The whole path, in order, before any upstream call: the request through the actor's scope
 * (another organization's is a 404), then its batch, then the key of the request's own
 * organization — read in one query, since every proxied page pays for it.
 */
export async function loadBatchTarget(actor: Actor, requestId: string): Promise<BatchTarget> {
  const prisma = await db();
  const request = await prisma.migrationRequest.findFirst({
    where: { id: requestId, ...requestScope(actor) },
    select: { id: true, organizationId: true, fileName: true, batchStatus: true, batchId: true, organization: { select: apiAccessSelect } },
  });
  if (!request) throw notFound("Request not found");
  if (!request.batchId) throw conflict("BATCH_NOT_PROCESSED", "This request has no batch yet (Batch Not Processed).");
  const api = await apiAccessOf(request.organization);
  const { id, organizationId, fileName, batchStatus } = request;
  return { request: { id, organizationId, fileName, batchStatus }, batchId: request.batchId, api };
}
