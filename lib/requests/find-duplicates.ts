import "server-only";
import type { RequestStatus } from "./contracts";
import { db } from "@/lib/db/client";

// A file that failed or was rejected may be sent again; one pending or processed may not. A file
// still uploading does not count yet (it may be abandoned): completeUpload checks again at the end,
// and the database's partial unique index over these same states (MigrationRequest_active_file_key,
// kept equal by a test) settles parallel completions. SUBMISSION_FAILED stays active: an approver
// may retry it, and the retry must not collide with a second copy uploaded meanwhile.
export const ACTIVE_FILE_STATUSES: readonly RequestStatus[] = ["PENDING_APPROVAL", "APPROVED", "SUBMITTING", "SUBMITTED", "SUBMISSION_FAILED"];

export async function findDuplicates(organizationId: string, sha256: string, exceptId?: string) {
  const prisma = await db();
  const rows = await prisma.migrationRequest.findMany({
    where: { organizationId, sha256, status: { in: [...ACTIVE_FILE_STATUSES] }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, fileName: true, status: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
