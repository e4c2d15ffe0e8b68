import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { recordAudit, writeAudit } from "@/lib/audit/write-audit";
import { todayInUae } from "@/lib/csv/today-in-uae";
import { validateStream } from "@/lib/csv/validate-stream";
import type { ValidationReport } from "@/lib/csv/validation-report";
import { db } from "@/lib/db/client";
import { AppError, conflict, notFound } from "@/lib/http/errors";
import { saveEncrypted } from "@/lib/storage/stored-files";
import { discardUpload, openUpload, uploadedSize } from "@/lib/uploads/uploaded-file";
import type { ValidationSummary } from "./contracts";
import { findDuplicates } from "./find-duplicates";

type Context = { actor: Actor; sourceIp: string | null; requestId: string };

/**
 * Step 3 of an upload: the server does not trust the browser. It re-hashes and re-validates the
 * received bytes with the same rules; only a file that matches its declared SHA-256 and passes
 * is stored (encrypted) and put up for approval. Otherwise nothing is kept.
 */
export async function completeUpload(ctx: Context, id: string) {
  const prisma = await db();
  const request = await prisma.migrationRequest.findFirst({
    where: { id, organizationId: ctx.actor.organizationId ?? "", uploadedById: ctx.actor.id },
  });
  if (!request) throw notFound("Request not found");
  if (request.status !== "UPLOADING") throw conflict("NOT_UPLOADING", "This request's file was already verified.");
  // Read from the store, not this instance's disk: the chunks may have reached another instance.
  const size = await uploadedSize(id);
  if (size !== Number(request.fileSize)) throw conflict("UPLOAD_INCOMPLETE", "The file has not been fully received yet. Resume the upload.");

  const report = await validateStream(await openUpload(id), { today: todayInUae() });
  const duplicates = await findDuplicates(request.organizationId, report.sha256, id);
  const refusal = refusalOf(report, request.sha256) ?? (duplicates.length ? duplicateRefusal(duplicates[0]!.fileName) : null);
  if (refusal) {
    await discardUpload(id);
    await prisma.migrationRequest.delete({ where: { id } });
    await recordAudit({ ...auditBase(ctx, id), action: "request.upload-rejected", outcome: "DENIED", details: { code: refusal.code, errors: report.errorCount } });
    throw new AppError(422, refusal.code, refusal.message, { firstIssues: report.firstIssues.slice(0, 20), counts: report.counts, fileError: report.fileError ?? null });
  }

  await saveEncrypted(id, await openUpload(id));
  await discardUpload(id);
  await prisma.$transaction(async (tx) => {
    const moved = await tx.migrationRequest.updateMany({
      where: { id, status: "UPLOADING" },
      data: { status: "PENDING_APPROVAL", storageKey: id, rowCount: report.rows, validation: summaryOf(report) },
    });
    if (moved.count !== 1) throw conflict("NOT_UPLOADING", "This request's file was already verified.");
    await writeAudit(tx, { ...auditBase(ctx, id), action: "request.uploaded", outcome: "SUCCESS", details: { rows: report.rows, sha256: report.sha256 } });
  });
}

function refusalOf(report: ValidationReport, declaredSha256: string) {
  if (report.sha256 !== declaredSha256) {
    return { code: "INTEGRITY_MISMATCH", message: "The file received differs from the file checked in your browser (SHA-256 mismatch). Nothing was stored; upload it again." };
  }
  if (report.blocking) {
    const what = report.fileError?.message ?? `${report.errorCount} error(s) in the file`;
    return { code: "VERIFICATION_FAILED", message: `The server's check refused the file: ${what}. Nothing was stored; fix the file and upload it again.` };
  }
  return null;
}

function duplicateRefusal(fileName: string) {
  return { code: "DUPLICATE_FILE", message: `This exact file (same SHA-256) was uploaded meanwhile as "${fileName}"; it will not be sent twice. Nothing was stored.` };
}

function summaryOf(report: ValidationReport): ValidationSummary {
  return { rows: report.rows, validRows: report.validRows, errorCount: report.errorCount, warningCount: report.warningCount, counts: { ...report.counts } as Record<string, number> };
}

function auditBase({ actor, sourceIp, requestId }: Context, id: string) {
  return { actorId: actor.id, actorEmail: actor.email, organizationId: actor.organizationId, targetType: "request", targetId: id, sourceIp, requestId };
}
