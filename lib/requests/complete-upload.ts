import "server-only";
import type { RequestContext } from "@/lib/audit/write-audit";
import { todayInUae } from "@/lib/csv/today-in-uae";
import { validateStream } from "@/lib/csv/validate-stream";
import type { ValidationReport } from "@/lib/csv/validation-report";
import { db } from "@/lib/db/client";
import { AppError, conflict, notFound } from "@/lib/http/errors";
import { notify } from "@/lib/notifications/notify";
import { removeStored, saveEncrypted } from "@/lib/storage/stored-files";
import { discardUpload, openUpload, uploadedSize } from "@/lib/uploads/uploaded-file";
import { isActiveFileConflict } from "./active-file-conflict";
import { approvalDueAt, approvalRulesOf } from "./approval-rules";
import { checkCorrectionTarget } from "./correction-target";
import type { ValidationSummary } from "./contracts";
import { findDuplicates } from "./find-duplicates";
import { moveRequest } from "./request-lifecycle";

// Long enough to re-hash and re-validate the largest allowed file; after it, a completion that
// crashed midway no longer blocks a retry.
const VERIFICATION_CLAIM_MS = 15 * 60_000;

/**
 * Step 3 of an upload: the server does not trust the browser. It re-hashes and re-validates the
 * received bytes with the same rules; only a file that matches its declared SHA-256 and passes
 * is stored (encrypted) and put up for approval. Otherwise its bytes are discarded and the request
 * ends UPLOAD_FAILED.
 */
export async function completeUpload(ctx: RequestContext, id: string) {
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
    // Released on every path: a failure (not a refusal, which ends the request) may be retried.
    await prisma.migrationRequest.updateMany({ where: { id, status: "UPLOADING" }, data: { verifyingUntil: null } });
  }
}

type Uploaded = { id: string; organizationId: string; sha256: string; fileName: string; resubmissionOfId: string | null };

async function verifyAndStore(ctx: RequestContext, request: Uploaded) {
  const { id } = request;
  const prisma = await db();
  const report = await validateStream(uploadBytes(id), { today: todayInUae() });
  const refusal = refusalOf(report, request.sha256);
  if (refusal) {
    await refuse(ctx, request, refusal.code);
    throw new AppError(422, refusal.code, refusal.message, { firstIssues: report.firstIssues.slice(0, 20), counts: report.counts, fileError: report.fileError ?? null });
  }
  const duplicates = await findDuplicates(request.organizationId, report.sha256, id);
  if (duplicates.length) {
    await refuse(ctx, request, "DUPLICATE_FILE");
    throw duplicateFile(duplicates[0]!.fileName);
  }
  // A correction whose place was taken while it uploaded is refused before its file is stored.
  await checkCorrection(ctx, request, prisma);

  await saveEncrypted(id, uploadBytes(id));
  await discardUpload(id);
  try {
    await prisma.$transaction(async (tx) => {
      // Again under the parent's lock, where it is put up for approval: two corrections of one
      // request finishing at once must not both get through the check above.
      await checkCorrection(ctx, request, tx, { lock: true });
      // The expiry is the policy's at this moment: a later change of policy does not move a deadline already given.
      const dueAt = approvalDueAt(await approvalRulesOf(tx, request.organizationId));
      await moveRequest(tx, "uploaded", request, {
        by: ctx,
        data: { storageKey: id, rowCount: report.rows, validation: summaryOf(report), verifyingUntil: null, approvalDueAt: dueAt },
        details: { rows: report.rows, sha256: report.sha256 },
      }).catch((error: unknown) => {
        throw error instanceof AppError && error.code === "STATE_CHANGED" ? conflict("NOT_UPLOADING", "This request's file was already verified.") : error;
      });
      await notify(tx, { type: "request.awaiting-approval", requestId: id, actorId: ctx.actor.id });
    });
  } catch (error) {
    if (error instanceof CorrectionRefused) {
      await removeStored(id);
      await refuse(ctx, request, error.cause.code);
      throw error.cause;
    }
    if (!isActiveFileConflict(error)) throw error;
    // Parallel completions of the same file in separate requests: the database let one become
    // active; this one goes, stored copy included, so the file is stored once and in flight once.
    await removeStored(id);
    await refuse(ctx, request, "DUPLICATE_FILE");
    const [winner] = await findDuplicates(request.organizationId, report.sha256, id);
    throw duplicateFile(winner?.fileName ?? request.fileName);
  }
}

/** Carries a correction's refusal out of the transaction that found it, which it rolls back. */
class CorrectionRefused extends Error {
  constructor(override readonly cause: AppError) {
    super(cause.message);
  }
}

/** A correction still has its place (lib/requests/correction-target.ts); if not, it is refused (UPLOAD_FAILED) with the reason. */
async function checkCorrection(ctx: RequestContext, request: Uploaded, db: Parameters<typeof checkCorrectionTarget>[0], options: { lock?: boolean } = {}) {
  if (!request.resubmissionOfId) return;
  try {
    await checkCorrectionTarget(db, request.organizationId, request.resubmissionOfId, { ...options, exceptId: request.id });
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 409) throw error;
    if (options.lock) throw new CorrectionRefused(error);
    await refuse(ctx, request, error.code);
    throw error;
  }
}

/**
 * The upload's bytes, opened only when the reader starts: a stream opened before an await and
 * read after it can fail unobserved (the upload removed meanwhile) and crash the process.
 */
async function* uploadBytes(id: string): AsyncIterable<Uint8Array> {
  yield* await openUpload(id);
}

/** A refused file is not kept: its upload goes, and the request ends UPLOAD_FAILED (audited, with the reason). */
async function refuse(ctx: RequestContext, request: { id: string; organizationId: string }, code: string) {
  await discardUpload(request.id);
  await (await db()).$transaction((tx) => moveRequest(tx, "uploadRefused", request, { by: ctx, data: { verifyingUntil: null }, details: { code } }));
}

function refusalOf(report: ValidationReport, declaredSha256: string) {
  if (report.sha256 !== declaredSha256) {
    return { code: "INTEGRITY_MISMATCH", message: "The file received differs from the file checked in your browser (SHA-256 mismatch). Nothing was stored; upload it again." };
  }
  if (report.blocking) {
    const what = (report.fileError?.detail || report.fileError?.code) ?? `${report.errorCount} error(s) in the file`;
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
