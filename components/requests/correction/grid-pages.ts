// Which pages of rows the grid asks the correction worker for. The grid never holds every
// row: it fetches the pages under the visible window and keeps a few around it, so scrolling
// through 100,000 rows to fix costs the page the memory of a screenful.

/** Rows per request to the worker: one structured clone of ~100 rows is far below a frame. */
export const PAGE_ROWS = 100;
/** Pages kept in memory; the farthest from the window are dropped first. */
export const KEEP_PAGES = 12;

/** The pages holding rows first..last (inclusive) of `total`. */
export function pagesCovering(first: number, last: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const from = Math.max(0, Math.floor(first / PAGE_ROWS));
  const to = Math.min(Math.floor((total - 1) / PAGE_ROWS), Math.floor(last / PAGE_ROWS));
  const pages: number[] = [];
  for (let page = from; page <= to; page++) pages.push(page);
  return pages;
}

/** Cached pages to drop so that at most `keep` remain: never a visible one, the farthest first. */
export function pagesToEvict(cached: readonly number[], visible: readonly number[], keep = KEEP_PAGES): number[] {
  if (cached.length <= keep) return [];
  const distance = (page: number) => (visible.length ? Math.min(...visible.map((v) => Math.abs(v - page))) : page);
  const droppable = cached.filter((page) => !visible.includes(page)).sort((a, b) => distance(b) - distance(a));
  return droppable.slice(0, cached.length - keep);
}
