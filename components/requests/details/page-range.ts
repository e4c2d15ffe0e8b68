export type PageRange = { first: number; last: number; total: number | null };

/** "11–20 of 1,266" for a page of a list whose total is known (records). */
export function numberedRange(page: number, limit: number, count: number, total: number): PageRange {
  const first = count === 0 ? 0 : (page - 1) * limit + 1;
  return { first, last: first + Math.max(0, count - 1), total };
}

/**
 * The same for the errored records, which the API pages with only a "has next" flag. Full pages
 * give the page size; the last page is counted back from the batch's failed total when the
 * portal has it (the API's page size need not be known).
 */
export function erroredRange(pageNo: number, hasNext: boolean, count: number, failedTotal: number | null): PageRange {
  if (count === 0) return { first: 0, last: 0, total: failedTotal };
  if (!hasNext && failedTotal !== null && failedTotal >= count) return { first: failedTotal - count + 1, last: failedTotal, total: failedTotal };
  const first = (pageNo - 1) * count + 1;
  return { first, last: first + count - 1, total: failedTotal };
}
