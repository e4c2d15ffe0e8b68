import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { conflict } from "@/lib/http/errors";
import { findRequestForActor } from "@/lib/requests/find-request";
import type { StoredBatchProgress } from "./stored-progress";

/**
 * A request's stored batch progress, through the actor's scope (another organization's request
 * is a 404). No key and no upstream call: View Details reads what the refresh job stored.
 */
export async function loadStoredProgress(actor: Actor, requestId: string): Promise<StoredBatchProgress> {
  const request = await findRequestForActor(actor, requestId);
  if (!request.batchId) throw conflict("BATCH_NOT_PROCESSED", "This request has no batch yet (Batch Not Processed).");
  return request;
}
