import type { PrismaClient, SandboxBatch } from "../generated/prisma/client";
import { batchNotFound, invalidRequest } from "../http/api-error";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caller's own batch. The client is part of the query, so another client's batch is
 * simply not found and answers exactly like an unknown id.
 */
export async function findClientBatch(prisma: PrismaClient, clientId: string, batchId: string | undefined): Promise<SandboxBatch> {
  if (!batchId || !GUID.test(batchId)) throw invalidRequest("batchId must be a UUID", "batchId");
  const batch = await prisma.sandboxBatch.findFirst({ where: { id: batchId.toLowerCase(), clientId } });
  if (!batch) throw batchNotFound();
  return batch;
}
