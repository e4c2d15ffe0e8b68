import "server-only";
import { getBatchStatus, getErroredRecords } from "@/lib/digitization/client";
import type { ErroredItem } from "@/lib/digitization/client/model";
import type { ErrorSummaryDto } from "./contracts";
import { countErrorCodes } from "./count-error-codes";
import { erroredPages } from "./errored-pages";
import type { BatchTarget } from "./load-batch-target";
import { recordBatchStatus } from "./record-batch-status";
import { toBatchStatusDto } from "./to-batch-dtos";

/**
 * Counting failures by code needs the errored pages themselves (the API has no aggregate),
 * so the walk is capped: 100 pages (5,000 records at the sandbox's page size) answer in a
 * few seconds; beyond that the chart says it shows the first records only.
 */
export const SUMMARY_MAX_PAGES = 100;
const PAGE_INTERVAL_MS = 40;

export async function summarizeErrors(target: BatchTarget): Promise<ErrorSummaryDto> {
  const api = { ...target.api, batchId: target.batchId };
  const summary = await getBatchStatus(api);
  await recordBatchStatus(target.request, summary.status);
  const { status, totals } = toBatchStatusDto(summary);
  if (totals.failed === 0) return { status, totals, byCode: [], countedRecords: 0, complete: true };

  const items: ErroredItem[] = [];
  const walk = erroredPages((pageNo) => getErroredRecords({ ...api, pageNo }), { maxPages: SUMMARY_MAX_PAGES, minIntervalMs: PAGE_INTERVAL_MS });
  let next = await walk.next();
  while (!next.done) {
    items.push(...next.value.items);
    next = await walk.next();
  }
  return { status, totals, byCode: countErrorCodes(items), countedRecords: items.length, complete: !next.value.truncated };
}
