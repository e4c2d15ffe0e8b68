// Walks the errored endpoint's page_no/hasNext paging. Pure (the fetch is injected) so the
// stop rules are unit-tested: stop when the API says no next page, when a page comes back
// empty (a missing flag must never loop), or at the caller's cap.
import type { ErroredPage } from "@/lib/digitization/client/model";

export type ErroredPagesOptions = {
  maxPages: number;
  /** Spacing between calls, so one long walk leaves the key's rate budget to everyone else. */
  minIntervalMs?: number;
  /** The first page when the caller already has it (to answer errors before streaming). */
  first?: ErroredPage;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

export type ErroredWalk = AsyncGenerator<ErroredPage, { truncated: boolean }>;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function* erroredPages(fetchPage: (pageNo: number) => Promise<ErroredPage>, options: ErroredPagesOptions): ErroredWalk {
  const { maxPages, minIntervalMs = 0, sleep = realSleep, now = Date.now } = options;
  let lastCallAt = Number.NEGATIVE_INFINITY;
  for (let pageNo = 1; pageNo <= maxPages; pageNo += 1) {
    let page: ErroredPage;
    if (pageNo === 1 && options.first) {
      page = options.first;
    } else {
      const wait = lastCallAt + minIntervalMs - now();
      if (wait > 0) await sleep(wait);
      lastCallAt = now();
      page = await fetchPage(pageNo);
    }
    yield page;
    if (!page.hasNext || page.items.length === 0) return { truncated: false };
  }
  return { truncated: true };
}
