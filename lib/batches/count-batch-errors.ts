import "server-only";
import { getErroredRecords, type ApiTarget, type TransportOptions } from "@/lib/digitization/client";
import type { ErroredItem } from "@/lib/digitization/client/model";
import { countErrorCodes } from "./count-error-codes";
import { erroredPages } from "./errored-pages";
import type { ErrorCodeHistogram } from "./stored-progress";

/**
 * Counting failures by code needs the errored pages themselves (the API has no aggregate),
 * so the walk is capped: 100 pages (5,000 records at the sandbox's page size) answer in a
 * few seconds; beyond that the chart says it shows the first records only.
 */
export const SUMMARY_MAX_PAGES = 100;
const PAGE_INTERVAL_MS = 40;

/**
 * Failures by business error code of a finished batch, for the refresh job to store once.
 * Codes and counts only: the records walked are dropped here and never stored or logged.
 */
export async function countBatchErrors(api: ApiTarget & { batchId: string }, failedRecords: number, options: TransportOptions = {}): Promise<ErrorCodeHistogram> {
  if (failedRecords === 0) return { byCode: {}, countedRecords: 0, complete: true };
  const items: ErroredItem[] = [];
  const walk = erroredPages((pageNo) => getErroredRecords({ ...api, pageNo }, options), { maxPages: SUMMARY_MAX_PAGES, minIntervalMs: PAGE_INTERVAL_MS });
  let next = await walk.next();
  while (!next.done) {
    items.push(...next.value.items);
    next = await walk.next();
  }
  const byCode = Object.fromEntries(countErrorCodes(items).map(({ code, count }) => [code, count]));
  return { byCode, countedRecords: items.length, complete: !next.value.truncated };
}
