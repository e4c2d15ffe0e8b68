import "server-only";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/write-audit";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";
import { logger } from "@/lib/log/logger";
import { removeStored } from "@/lib/storage/stored-files";
import { discardUpload, uploadIdsInStore } from "@/lib/uploads/uploaded-file";

const HOUR = 3_600_000;

/**
 * Hourly upkeep (a pg-boss cron schedule, lib/maintenance/schedule-upkeep.ts): abandoned uploads
 * are marked failed and their bytes deleted; finished requests' files expire.
 */
export const upkeepJob = defineJob({
  name: "maintenance.upkeep",
  payload: z.object({}),
  // A failed run is tried twice more; the next hour's run starts afresh anyway.
  retry: { limit: 2, delaySeconds: 60, backoff: true },
  expireInSeconds: 30 * 60,
  async run() {
    await markAbandonedUploads();
    await discardLeftoverUploads();
    await applyFileRetention();
  },
});

async function markAbandonedUploads() {
  const prisma = await db();
  const before = new Date(Date.now() - getEnv().UPLOAD_ABANDON_HOURS * HOUR);
  await prisma.migrationRequest.updateMany({ where: { status: "UPLOADING", createdAt: { lt: before } }, data: { status: "UPLOAD_FAILED" } });
}

/**
 * Plaintext customer bytes must not outlive their upload. The store itself is the to-do list:
 * every upload in it whose request no longer accepts bytes (abandoned, refused, deleted) is
 * removed, so one that could not be removed now is found and retried on the next run, and so
 * is one an in-flight chunk completed after it was marked failed.
 */
async function discardLeftoverUploads() {
  const prisma = await db();
  const inStore = await uploadIdsInStore();
  const open = await prisma.migrationRequest.findMany({ where: { id: { in: inStore }, status: "UPLOADING" }, select: { id: true } });
  const stillOpen = new Set(open.map((r) => r.id));
  for (const id of inStore.filter((id) => !stillOpen.has(id))) {
    // One failure must not stop the others, nor the hourly upkeep (a thrown run backs off and
    // may end FAILED): it is logged and the upload stays in the store for the next run.
    await discardUpload(id).catch((error: unknown) => {
      logger.warn({ uploadId: id, error: error instanceof Error ? error.message : String(error) }, "leftover upload not deleted; retried on the next upkeep");
    });
  }
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
