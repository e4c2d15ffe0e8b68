import "server-only";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/write-audit";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";
import { removeStored } from "@/lib/storage/stored-files";

const EVERY_HOUR = 3_600_000;
const HOUR = 3_600_000;

/** Periodic upkeep: abandoned uploads are marked failed; finished requests' files expire. */
export const upkeepJob = defineJob({
  name: "maintenance.upkeep",
  payload: z.object({}),
  async run() {
    await markAbandonedUploads();
    await applyFileRetention();
    return EVERY_HOUR;
  },
});

async function markAbandonedUploads() {
  const prisma = await db();
  const before = new Date(Date.now() - getEnv().UPLOAD_ABANDON_HOURS * HOUR);
  await prisma.migrationRequest.updateMany({ where: { status: "UPLOADING", createdAt: { lt: before } }, data: { status: "UPLOAD_FAILED" } });
}

async function applyFileRetention() {
  const prisma = await db();
  const before = new Date(Date.now() - getEnv().FILE_RETENTION_DAYS * 24 * HOUR);
  const expired = await prisma.migrationRequest.findMany({
    where: { storageKey: { not: null }, updatedAt: { lt: before }, status: { in: ["SUBMITTED", "REJECTED", "SUBMISSION_FAILED"] } },
    select: { id: true, organizationId: true, storageKey: true },
    take: 500,
  });
  for (const request of expired) {
    await removeStored(request.storageKey!);
    await prisma.$transaction(async (tx) => {
      await tx.migrationRequest.update({ where: { id: request.id }, data: { storageKey: null } });
      await writeAudit(tx, { action: "request.file-deleted", outcome: "SUCCESS", organizationId: request.organizationId, targetType: "request", targetId: request.id, details: { reason: "retention" } });
    });
  }
}
