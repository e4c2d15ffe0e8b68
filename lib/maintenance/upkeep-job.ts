import "server-only";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/write-audit";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";
import { logger } from "@/lib/log/logger";
import { notify } from "@/lib/notifications/notify";
import { removeStored } from "@/lib/storage/stored-files";
import { discardUpload, uploadIdsInStore } from "@/lib/uploads/uploaded-file";
import { AppError } from "@/lib/http/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { moveRequest, type TransitionName } from "@/lib/requests/request-lifecycle";

const HOUR = 3_600_000;

/**
 * Upkeep (a pg-boss cron schedule at UPKEEP_CRON, hourly by default: lib/maintenance/schedule-upkeep.ts):
 * abandoned uploads are marked failed and their bytes deleted; requests left undecided past their
 * approval policy's expiry become EXPIRED; finished requests' files expire.
 */
export const upkeepJob = defineJob({
  name: "maintenance.upkeep",
  payload: z.object({}),
  // A failed run is tried twice more; the next hour's run starts afresh anyway.
  retry: { limit: 2, delaySeconds: 60, backoff: true },
  expireInSeconds: 30 * 60,
  async run() {
    await markAbandonedUploads();
    await expireUndecidedRequests();
    await discardLeftoverUploads();
    await applyFileRetention();
  },
});

async function markAbandonedUploads() {
  const prisma = await db();
  const before = new Date(Date.now() - getEnv().UPLOAD_ABANDON_HOURS * HOUR);
  const abandoned = await prisma.migrationRequest.findMany({ where: { status: "UPLOADING", createdAt: { lt: before } }, select: { id: true, organizationId: true }, take: 500 });
  for (const request of abandoned) await moveUnlessChanged("uploadAbandoned", request, { hours: getEnv().UPLOAD_ABANDON_HOURS });
}

/** The deadline was set when the file was put up for approval (lib/requests/approval-rules.ts). */
async function expireUndecidedRequests() {
  const prisma = await db();
  const due = await prisma.migrationRequest.findMany({
    where: { status: "PENDING_APPROVAL", approvalDueAt: { lte: new Date() } },
    select: { id: true, organizationId: true, approvalDueAt: true },
    take: 500,
  });
  for (const request of due) {
    await moveUnlessChanged("expired", request, { approvalDueAt: request.approvalDueAt!.toISOString() }, (tx) =>
      notify(tx, { type: "request.expired", requestId: request.id, actorId: null }),
    );
  }
}

/** A request decided or completed since it was read is simply no longer this run's business. */
async function moveUnlessChanged(
  name: TransitionName,
  request: { id: string; organizationId: string },
  details: Prisma.InputJsonObject,
  andThen?: (tx: Prisma.TransactionClient) => Promise<void>,
) {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await moveRequest(tx, name, request, { by: null, details });
    await andThen?.(tx);
  }).catch((error: unknown) => {
    if (!(error instanceof AppError && error.code === "STATE_CHANGED")) throw error;
  });
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
    where: { storageKey: { not: null }, updatedAt: { lt: before }, status: { in: ["SUBMITTED", "REJECTED", "SUBMISSION_FAILED", "EXPIRED"] } },
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
