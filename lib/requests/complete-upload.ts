import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { recordAudit, writeAudit } from "@/lib/audit/write-audit";
import { todayInUae } from "@/lib/csv/today-in-uae";
import { validateStream } from "@/lib/csv/validate-stream";
import type { ValidationReport } from "@/lib/csv/validation-report";
import { db } from "@/lib/db/client";
import { AppError, conflict, notFound } from "@/lib/http/errors";
import { notify } from "@/lib/notifications/notify";
import { removeStored, saveEncrypted } from "@/lib/storage/stored-files";
import { discardUpload, openUpload, uploadedSize } from "@/lib/uploads/uploaded-file";
import { isActiveFileConflict } from "./active-file-conflict";
import type { ValidationSummary } from "./contracts";
import { findDuplicates } from "./find-duplicates";

type Context = { actor: Actor; sourceIp: string | null; requestId: string };

// Long enough to re-hash and re-validate the largest allowed file; after it, a completion that
// crashed midway no longer blocks a retry.
const VERIFICATION_CLAIM_MS = 15 * 60_000;

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

  // One completion at a time per request: the others answer 409 at once instead of racing it
  // over the same upload (reading it while it is discarded, storing it twice).
  const claimed = await prisma.migrationRequest.updateMany({
    where: { id, status: "UPLOADING", OR: [{ verifyingUntil: null }, { verifyingUntil: { lt: new Date() } }] },
    data: { verifyingUntil: new Date(Date.now() + VERIFICATION_CLAIM_MS) },
  });
  if (claimed.count !== 1) throw conflict("VERIFYING", "This file is being verified already. Reload in a moment to see the result.");
  try {
    await verifyAndStore(ctx, request);
  } finally {
    // Released on every path: a failure (not a refusal, which removes the request) may be retried.
    await prisma.migrationRequest.updateMany({ where: { id, status: "UPLOADING" }, data: { verifyingUntil: null } });
  }
}

async function verifyAndStore(ctx: Context, request: { id: string; organizationId: string; sha256: string; fileName: string }) {
  const { id } = request;
  const prisma = await db();
  const report = await validateStream(uploadBytes(id), { today: todayInUae() });
  const refusal = refusalOf(report, request.sha256);
  if (refusal) {
    await refuse(ctx, id, refusal.code);
    throw new AppError(422, refusal.code, refusal.message, { firstIssues: report.firstIssues.slice(0, 20), counts: report.counts, fileError: report.fileError ?? null });
  }
  const duplicates = await findDuplicates(request.organizationId, report.sha256, id);
  if (duplicates.length) {
    await refuse(ctx, id, "DUPLICATE_FILE");
    throw duplicateFile(duplicates[0]!.fileName);
  }

  await saveEncrypted(id, uploadBytes(id));
  await discardUpload(id);
  try {
    await prisma.$transaction(async (tx) => {
      const moved = await tx.migrationRequest.updateMany({
        where: { id, status: "UPLOADING" },
        data: { status: "PENDING_APPROVAL", storageKey: id, rowCount: report.rows, validation: summaryOf(report), verifyingUntil: null },
      });
      if (moved.count !== 1) throw conflict("NOT_UPLOADING", "This request's file was already verified.");
      await writeAudit(tx, { ...auditBase(ctx, id), action: "request.uploaded", outcome: "SUCCESS", details: { rows: report.rows, sha256: report.sha256 } });
      await notify(tx, { type: "request.awaiting-approval", requestId: id, actorId: ctx.actor.id });
    });
  } catch (error) {
    if (!isActiveFileConflict(error)) throw error;
    // Parallel completions of the same file in separate requests: the database let one become
    // active; this one goes, stored copy included, so the file is stored once and in flight once.
    await removeStored(id);
    await refuse(ctx, id, "DUPLICATE_FILE");
    const [winner] = await findDuplicates(request.organizationId, report.sha256, id);
    throw duplicateFile(winner?.fileName ?? request.fileName);
  }
}

/**
 * The upload's bytes, opened only when the reader starts: a stream opened before an await and
 * read after it can fail unobserved (the upload removed meanwhile) and crash the process.
 */
async function* uploadBytes(id: string): AsyncIterable<Uint8Array> {
  yield* await openUpload(id);
}

/** A refused file is not kept: its upload and its request go, and the refusal is audited. */
async function refuse(ctx: Context, id: string, code: string) {
  await discardUpload(id);
  await (await db()).migrationRequest.deleteMany({ where: { id, status: "UPLOADING" } });
  await recordAudit({ ...auditBase(ctx, id), action: "request.upload-rejected", outcome: "DENIED", details: { code } });
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

/** Same answer as createRequest's duplicate check: 409, the file is already in flight. */
function duplicateFile(fileName: string) {
  return new AppError(409, "DUPLICATE_FILE", `This exact file (same SHA-256) was uploaded meanwhile as "${fileName}"; it will not be sent twice. Nothing was stored.`);
}

function summaryOf(report: ValidationReport): ValidationSummary {
  return { rows: report.rows, validRows: report.validRows, errorCount: report.errorCount, warningCount: report.warningCount, counts: { ...report.counts } as Record<string, number> };
}

function auditBase({ actor, sourceIp, requestId }: Context, id: string) {
  return { actorId: actor.id, actorEmail: actor.email, organizationId: actor.organizationId, targetType: "request", targetId: id, sourceIp, requestId };
}
