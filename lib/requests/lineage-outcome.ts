// A request's lineage (#15): the original, its corrections and theirs, and what became of the
// original file's customers across all of them. Pure: computed from the counts and codes the
// portal stores (no customer data lives in the portal database), unit-tested beside it.
import { errorCodeHistogram } from "@/lib/batches/stored-progress";
import type { BatchStatus } from "@/lib/digitization/client/model";
import { isTerminalStatus } from "@/lib/digitization/client/normalize";
import { ACTIVE_FILE_STATUSES } from "./request-status";
import { correctionBody, type CorrectionDto, type LineageDto, type LineageOutcome, type LineageStep, type RequestStatus } from "./contracts";

/** The stored columns of one lineage member the computation reads. */
export type LineageMember = {
  id: string;
  resubmissionOfId: string | null;
  fileName: string;
  status: RequestStatus;
  rowCount: number;
  createdAt: Date;
  batchStatus: string | null;
  batchTotalRecords: number | null;
  batchSuccessfulRecords: number | null;
  batchFailedRecords: number | null;
  batchErrorCodes: unknown;
  correction: unknown;
};

// Active before its batch was created; once SUBMITTED, the batch status says whether it is still on its way.
const ON_ITS_WAY: ReadonlySet<RequestStatus> = new Set(ACTIVE_FILE_STATUSES.filter((status) => status !== "SUBMITTED"));

/** Its batch completed: its counts are final and count towards the outcome. */
export const hasCompleted = (m: Pick<LineageMember, "status" | "batchStatus">) => m.status === "SUBMITTED" && m.batchStatus === "completed";

/** On its way to a result: awaiting approval, being submitted (or retried), or processing. Not uploads still in progress (they may be abandoned). */
export const isInFlight = (m: Pick<LineageMember, "status" | "batchStatus">) =>
  ON_ITS_WAY.has(m.status) || (m.status === "SUBMITTED" && !isTerminalStatus((m.batchStatus ?? "unknown") as BatchStatus));

type Carrier = Pick<LineageMember, "status" | "batchStatus" | "batchTotalRecords" | "rowCount">;
const sum = <T>(list: readonly T[], pick: (m: T) => number) => list.reduce((total, m) => total + pick(m), 0);
/** Rows a completed correction carried on from its parent: its own records. */
const carried = (corrections: readonly Carrier[]) => sum(corrections.filter(hasCompleted), (m) => m.batchTotalRecords ?? m.rowCount);

/**
 * A correction may be made of it: its batch completed with failed records that its completed
 * corrections did not all carry on (rows a correction excluded stay to correct later). Once they
 * have, what still fails is corrected from those corrections, never by sending these rows again.
 */
export const isCorrectable = (m: Pick<LineageMember, "status" | "batchStatus" | "batchFailedRecords">, corrections: readonly Carrier[]) =>
  hasCompleted(m) && (m.batchFailedRecords ?? 0) - carried(corrections) > 0;

const correctionOf = (m: LineageMember) => {
  const parsed = correctionBody.safeParse(m.correction);
  return parsed.success ? parsed.data : null;
};

/** A stored correction (Json, parsed rather than trusted) as View Details shows it; its parentCodes stay on the server. */
export function correctionSummary(stored: unknown): CorrectionDto | null {
  const parsed = correctionBody.safeParse(stored);
  if (!parsed.success) return null;
  const { source, cellsChanged, rowsExcluded } = parsed.data;
  return { source, cellsChanged, rowsExcluded };
}

/**
 * The lineage of `rootId` from its members (the original and every request whose lineage root
 * it is, in any order). The outcome, once the original's batch has completed:
 * - customers: the original's records;
 * - digitized: the successful records of every completed member (at most the customers);
 * - still failing: the completed members' failed records, less the rows each completed
 *   correction carried (those customers got a new try), between 0 and the customers not
 *   digitized; so rows a correction excluded stay failing, and a rejected, expired or failed
 *   correction changes nothing;
 * - by code: the completed members' histograms less each completed correction's parentCodes
 *   (clipped at 0). Approximate when a histogram was capped or missing, a completed correction
 *   did not say which codes it carried (a plain file resubmitted), or a clip was needed;
 * - in correction: rows of corrections on their way; they stay counted as failing until theirs completes.
 */
export function lineageOf(rootId: string, members: readonly LineageMember[]): LineageDto {
  const ordered = [...members].sort((a, b) => (a.id === rootId ? -1 : b.id === rootId ? 1 : a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)));
  const steps: LineageStep[] = ordered.map((m, position) => {
    return {
      id: m.id,
      position,
      correctsId: m.id === rootId ? null : m.resubmissionOfId,
      fileName: m.fileName,
      status: m.status,
      batchStatus: m.batchStatus,
      rowCount: m.rowCount,
      successful: m.batchSuccessfulRecords,
      failed: m.batchFailedRecords,
      correction: correctionSummary(m.correction),
      createdAt: m.createdAt.toISOString(),
    };
  });
  const root = ordered[0];
  const outcome = root && root.id === rootId && hasCompleted(root) ? outcomeOf(root, ordered.slice(1)) : null;
  return { rootId, steps, outcome };
}

function outcomeOf(root: LineageMember, corrections: readonly LineageMember[]): LineageOutcome {
  const customers = root.batchTotalRecords ?? root.rowCount;
  const completed = [root, ...corrections.filter(hasCompleted)];
  const completedCorrections = completed.slice(1);
  let approximate = false;

  const byCode = new Map<string, number>();
  const add = (codes: Record<string, number>, sign: 1 | -1) => {
    for (const [code, count] of Object.entries(codes)) byCode.set(code, (byCode.get(code) ?? 0) + sign * count);
  };
  for (const member of completed) {
    const histogram = errorCodeHistogram.safeParse(member.batchErrorCodes);
    if (!histogram.success || !histogram.data.complete) approximate = true;
    if (histogram.success) add(histogram.data.byCode, 1);
  }
  for (const correction of completedCorrections) {
    const parentCodes = correctionOf(correction)?.parentCodes;
    if (!parentCodes) approximate = true;
    else add(parentCodes, -1);
  }
  const digitized = Math.min(customers, sum(completed, (m) => m.batchSuccessfulRecords ?? 0));
  const failingPool = sum(completed, (m) => m.batchFailedRecords ?? 0) - carried(completedCorrections);
  const stillFailing = Math.max(0, Math.min(customers - digitized, failingPool));
  if (failingPool !== stillFailing) approximate = true;

  const codes: LineageOutcome["byCode"] = [];
  for (const [code, count] of byCode) {
    if (count < 0) approximate = true;
    if (count > 0) codes.push({ code, count });
  }
  codes.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const inCorrection = sum(corrections.filter(isInFlight), (m) => m.batchTotalRecords ?? m.rowCount);
  return { customers, digitized, stillFailing, byCode: codes, approximate, completedCorrections: completedCorrections.length, inCorrection };
}
