import "server-only";
import type { RequestStatus } from "./contracts";
import { db } from "@/lib/db/client";

// A file that failed or was rejected may be sent again; one pending or processed may not. A file
// still uploading does not count yet (it may be abandoned): completeUpload checks again at the end.
const LIVE: RequestStatus[] = ["PENDING_APPROVAL", "APPROVED", "SUBMITTING", "SUBMITTED", "SUBMISSION_FAILED"];

export async function findDuplicates(organizationId: string, sha256: string, exceptId?: string) {
  const prisma = await db();
  const rows = await prisma.migrationRequest.findMany({
    where: { organizationId, sha256, status: { in: LIVE }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, fileName: true, status: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
