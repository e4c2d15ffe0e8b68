import "server-only";
import { db } from "@/lib/db/client";
import { ACTIVE_FILE_STATUSES } from "./request-status";

/** The organization's requests holding this file in an active state (ACTIVE_FILE_STATUSES), newest first. */
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
