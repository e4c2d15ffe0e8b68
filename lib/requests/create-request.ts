import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { auditFields, writeAudit, type RequestContext } from "@/lib/audit/write-audit";
import { brake, uploadsPerUser } from "@/lib/brakes/brakes";
import { TooManyRequests } from "@/lib/http/errors";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { AppError, conflict, forbidden, notFound } from "@/lib/http/errors";
import type { CreateRequestBody } from "./contracts";
import { findDuplicates } from "./find-duplicates";
import { isCorrectable, isInFlight } from "./lineage-outcome";

/** Step 1 of an upload: a request in UPLOADING ("Pending") that the file's bytes will be sent to. */
export async function createRequest(ctx: RequestContext, input: CreateRequestBody) {
  const { actor } = ctx;
  const organizationId = actor.organizationId;
  if (!organizationId) throw forbidden("Only staff of a client organization can upload files.");
  if (input.fileSize > getEnv().UPLOAD_MAX_BYTES) {
    const limitMb = Math.round(getEnv().UPLOAD_MAX_BYTES / 1048576);
    throw new AppError(400, "FILE_TOO_LARGE", `The file is larger than the ${limitMb} MB limit. Split it into several files.`, { limitMb });
  }
  if (!input.fileName.toLowerCase().endsWith(".csv")) throw new AppError(400, "NOT_CSV", "Only .csv files can be uploaded.");
  const duplicates = await findDuplicates(organizationId, input.sha256);
  if (duplicates.length) {
    throw new AppError(409, "DUPLICATE_FILE", `This exact file (same SHA-256) was already uploaded as "${duplicates[0]!.fileName}". It is pending or processed; it will not be sent twice.`, { duplicates });
  }
  const prisma = await db();
  const lineageRootId = input.resubmissionOfId ? await lineageRootOf(prisma, organizationId, input.resubmissionOfId) : null;
  if (input.correction?.parentCodes && !lineageRootId) {
    throw new AppError(400, "CORRECTION_NOT_LINKED", "parentCodes describe the rows of the request being corrected: send them only with resubmissionOfId.");
  }
  await takeUploadAllowance(prisma, actor);
  return prisma.$transaction(async (tx) => {
    const request = await tx.migrationRequest.create({
      data: {
        organizationId,
        uploadedById: actor.id,
        fileName: input.fileName,
        fileSize: BigInt(input.fileSize),
        sha256: input.sha256,
        ...(input.resubmissionOfId ? { resubmissionOfId: input.resubmissionOfId, lineageRootId } : {}),
        ...(input.correction ? { correction: input.correction } : {}),
      },
    });
    await writeAudit(tx, {
      ...auditFields(ctx, { type: "request", id: request.id, organizationId }),
      action: "request.created", outcome: "SUCCESS",
      // Counts and codes only: the correction's own shape never carries a cell.
      details: {
        fileName: input.fileName, fileSize: input.fileSize, sha256: input.sha256,
        ...(input.resubmissionOfId ? { resubmissionOfId: input.resubmissionOfId } : {}),
        ...(input.correction ? { correction: input.correction } : {}),
      },
    });
    return { id: request.id, uploadUrl: "/api/uploads" };
  });
}

/**
 * A correction links to a request of the same organization (another's answers 404, like a
 * missing one) whose batch completed with failures: an original or a correction of it. One
 * correction of a request is on its way at a time: two would carry the same customers to the
 * national API twice and count them twice in the lineage. Once it has ended (completed, failed,
 * rejected, expired) another may follow, e.g. for the rows it excluded. Returns the lineage's root.
 */
async function lineageRootOf(prisma: Awaited<ReturnType<typeof db>>, organizationId: string, resubmissionOfId: string): Promise<string> {
  const parent = await prisma.migrationRequest.findFirst({
    where: { id: resubmissionOfId, organizationId },
    select: { id: true, status: true, batchStatus: true, batchFailedRecords: true, lineageRootId: true, resubmissions: { select: { status: true, batchStatus: true } } },
  });
  if (!parent) throw notFound("The request being corrected was not found.");
  if (!isCorrectable(parent)) {
    throw conflict("NOT_CORRECTABLE", "Only a request whose batch completed with failed records can be corrected.");
  }
  if (parent.resubmissions.some(isInFlight)) {
    throw conflict("CORRECTION_IN_PROGRESS", "A correction of this request is already awaiting approval or being processed. Wait for it to finish, then correct what still fails.");
  }
  return parent.lineageRootId ?? parent.id;
}

/** Uploads per user per hour, counted in the database so every instance shares the budget. */
async function takeUploadAllowance(prisma: Awaited<ReturnType<typeof db>>, actor: Actor) {
  const perHour = getEnv().UPLOADS_PER_USER_PER_HOUR;
  const allowance = await brake(prisma, uploadsPerUser(perHour)).take(actor.id);
  if (allowance.held) {
    const minutes = Math.ceil(allowance.retryAfterSeconds / 60);
    throw new TooManyRequests(`You can start at most ${perHour} uploads an hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, allowance.retryAfterSeconds);
  }
}
