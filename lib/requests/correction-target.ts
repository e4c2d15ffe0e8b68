import "server-only";
import { errorCodeHistogram } from "@/lib/batches/stored-progress";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, conflict, notFound } from "@/lib/http/errors";
import type { CorrectionBody } from "./contracts";
import { isCorrectable, isInFlight } from "./lineage-outcome";

type Reader = Pick<Prisma.TransactionClient, "migrationRequest" | "$queryRaw">;

/**
 * Checks that a correction may link to `parentId` and returns the lineage's root. The parent is
 * a request of the same organization (another's answers 404, like a missing one) whose batch
 * completed with failures not all carried on by its completed corrections: an original or a
 * correction of it. One correction of a request is on
 * its way at a time: two would carry the same customers to the national API twice and count them
 * twice in the lineage. Once it has ended (completed, failed, rejected, expired) another may
 * follow, e.g. for the rows it excluded.
 *
 * Creating a correction checks this early; putting one up for approval checks it again with
 * `lock`, inside the transaction that does it: the parent's row is locked first, so two
 * corrections finishing their uploads at once are put up one after the other, and the second
 * sees the first.
 *
 * `parentCodes`, when given, must be codes and counts the parent's batch has: the lineage
 * subtracts them from its figures, so a made-up code or count would skew them.
 */
export async function checkCorrectionTarget(
  db: Reader,
  organizationId: string,
  parentId: string,
  options: { lock?: boolean; exceptId?: string; parentCodes?: CorrectionBody["parentCodes"] } = {},
): Promise<string> {
  if (options.lock) await db.$queryRaw`SELECT 1 FROM "MigrationRequest" WHERE "id" = ${parentId}::uuid FOR UPDATE`;
  const parent = await db.migrationRequest.findFirst({
    where: { id: parentId, organizationId },
    select: {
      id: true, status: true, batchStatus: true, batchFailedRecords: true, batchErrorCodes: true, lineageRootId: true,
      resubmissions: { where: options.exceptId ? { id: { not: options.exceptId } } : {}, select: { status: true, batchStatus: true, batchTotalRecords: true, rowCount: true } },
    },
  });
  if (!parent) throw notFound("The request being corrected was not found.");
  if (!isCorrectable(parent, parent.resubmissions)) {
    throw conflict("NOT_CORRECTABLE", "Only a request whose batch completed with failed records can be corrected, and only while earlier corrections have not carried all of them on: correct what still fails from the latest correction.");
  }
  if (parent.resubmissions.some(isInFlight)) {
    throw conflict("CORRECTION_IN_PROGRESS", "A correction of this request is already awaiting approval or being processed. Wait for it to finish, then correct what still fails.");
  }
  if (options.parentCodes) checkParentCodes(options.parentCodes, parent);
  return parent.lineageRootId ?? parent.id;
}

/**
 * Each code must be one the parent's batch reported, at most as often as it did. Without a
 * complete stored histogram (counting stopped at the page cap) a code is bounded by the
 * parent's failed records alone.
 */
function checkParentCodes(parentCodes: Record<string, number>, parent: { batchFailedRecords: number | null; batchErrorCodes: unknown }) {
  const histogram = errorCodeHistogram.safeParse(parent.batchErrorCodes);
  const complete = histogram.success && histogram.data.complete ? histogram.data.byCode : null;
  const failed = parent.batchFailedRecords ?? 0;
  const wrong = Object.entries(parentCodes).filter(([code, count]) => count > (complete ? (complete[code] ?? 0) : failed));
  if (wrong.length > 0) {
    throw new AppError(400, "CORRECTION_CODES_MISMATCH", "The correction's error codes do not match the request being corrected. Start the correction again from its View Details page.", {
      codes: wrong.map(([code]) => code),
    });
  }
}
