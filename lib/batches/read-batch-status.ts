import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import type { BatchStatusDto, ErrorSummaryDto } from "./contracts";
import { loadStoredProgress } from "./load-stored-progress";
import { toStoredBatchStatusDto, toStoredErrorSummaryDto } from "./stored-progress";

/** The batch's progress as last stored by the refresh job (`checkedAt: null`: not checked yet). */
export async function readBatchStatus(actor: Actor, requestId: string): Promise<BatchStatusDto> {
  return toStoredBatchStatusDto(await loadStoredProgress(actor, requestId));
}

/** Failures by code as stored when the batch finished, with the current totals. */
export async function readErrorSummary(actor: Actor, requestId: string): Promise<ErrorSummaryDto> {
  return toStoredErrorSummaryDto(await loadStoredProgress(actor, requestId));
}
