import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { resolveApiAccess, type ApiAccess } from "@/lib/api-keys/resolve-api-access";
import { conflict } from "@/lib/http/errors";
import { findRequestForActor } from "@/lib/requests/find-request";

export type BatchTarget = {
  request: { id: string; organizationId: string; fileName: string; batchStatus: string | null };
  batchId: string;
  /** The request's organization's key: admins reading another organization use that one. */
  api: ApiAccess;
};

/**
 * The whole path, in order, before any upstream call: the request through the actor's scope
 * (another organization's is a 404), then its batch, then the key of the request's own
 * organization.
 */
export async function loadBatchTarget(actor: Actor, requestId: string): Promise<BatchTarget> {
  const request = await findRequestForActor(actor, requestId);
  if (!request.batchId) throw conflict("BATCH_NOT_PROCESSED", "This request has no batch yet (Batch Not Processed).");
  const api = await resolveApiAccess(request.organizationId);
  const { id, organizationId, fileName, batchStatus } = request;
  return { request: { id, organizationId, fileName, batchStatus }, batchId: request.batchId, api };
}
