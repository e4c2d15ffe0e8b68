import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { auditFields, writeAudit, type RequestContext } from "@/lib/audit/write-audit";
import { brake, uploadsPerUser } from "@/lib/brakes/brakes";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { AppError, forbidden, TooManyRequests } from "@/lib/http/errors";
import { checkCorrectionTarget } from "./correction-target";
import type { CreateRequestBody } from "./contracts";
import { findDuplicates } from "./find-duplicates";

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
  const parentCodes = input.correction?.parentCodes;
  const lineageRootId = input.resubmissionOfId ? await checkCorrectionTarget(prisma, organizationId, input.resubmissionOfId, parentCodes ? { parentCodes } : {}) : null;
  if (parentCodes && !lineageRootId) {
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

/** Uploads per user per hour, counted in the database so every instance shares the budget. */
async function takeUploadAllowance(prisma: Awaited<ReturnType<typeof db>>, actor: Actor) {
  const perHour = getEnv().UPLOADS_PER_USER_PER_HOUR;
  const allowance = await brake(prisma, uploadsPerUser(perHour)).take(actor.id);
  if (allowance.held) {
    const minutes = Math.ceil(allowance.retryAfterSeconds / 60);
    throw new TooManyRequests(`You can start at most ${perHour} uploads an hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, allowance.retryAfterSeconds);
  }
}
