import "server-only";
import type { BatchStatus } from "@/lib/digitization/client/model";
import { db } from "@/lib/db/client";

/**
 * Keeps the list's Batch Status column current. Conditional, so a status that has not
 * changed writes nothing (and many viewers polling at once do not churn the row).
 */
export async function recordBatchStatus(request: { id: string; organizationId: string; batchStatus: string | null }, status: BatchStatus) {
  if (request.batchStatus === status) return;
  const prisma = await db();
  await prisma.migrationRequest.updateMany({
    where: { id: request.id, organizationId: request.organizationId, OR: [{ batchStatus: null }, { batchStatus: { not: status } }] },
    data: { batchStatus: status },
  });
}
