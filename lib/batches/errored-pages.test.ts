import { describe, expect, it, vi } from "vitest";
import type { ErroredPage } from "@/lib/digitization/client/model";
import { erroredPages } from "./errored-pages";

const page = (pageNo: number, hasNext: boolean, size = 1): ErroredPage => ({
  batchId: null,
  pageNo,
  hasNext,
  items: Array.from({ length: size }, () => ({
    status: "failure" as const,
    businessErrors: [],
    inputData: { customer_id: String(pageNo), eid_number: "", name_on_eid: "", dob: "", eid_issue_date: "", eid_expiry_date: "", onboarding_date: "", consent_version: "" },
  })),
});

async function walk(gen: AsyncGenerator<ErroredPage, { truncated: boolean }>) {
  const pages: number[] = [];
  for (;;) {
    const next = await gen.next();
    if (next.done) return { pages, result: next.value };
    pages.push(next.value.pageNo);
  }
}

describe("erroredPages", () => {
  it("follows hasNext to the last page", async () => {
    const fetchPage = vi.fn(async (n: number) => page(n, n < 3));
    expect(await walk(erroredPages(fetchPage, { maxPages: 10 }))).toEqual({ pages: [1, 2, 3], result: { truncated: false } });
  });

  it("stops on an empty page even if hasNext says more", async () => {
    const fetchPage = vi.fn(async (n: number) => page(n, true, n === 2 ? 0 : 1));
    expect((await walk(erroredPages(fetchPage, { maxPages: 10 }))).pages).toEqual([1, 2]);
  });

  it("reports truncation at the cap", async () => {
    const fetchPage = vi.fn(async (n: number) => page(n, true));
    expect(await walk(erroredPages(fetchPage, { maxPages: 2 }))).toEqual({ pages: [1, 2], result: { truncated: true } });
  });

  it("uses a first page the caller already fetched", async () => {
    const fetchPage = vi.fn(async (n: number) => page(n, false));
    await walk(erroredPages(fetchPage, { maxPages: 5, first: page(1, true) }));
    expect(fetchPage.mock.calls.map(([n]) => n)).toEqual([2]);
  });

  it("spaces calls out", async () => {
    let clock = 0;
    const sleep = vi.fn(async (ms: number) => {
      clock += ms;
    });
    const fetchPage = vi.fn(async (n: number) => page(n, n < 3));
    await walk(erroredPages(fetchPage, { maxPages: 5, minIntervalMs: 100, sleep, now: () => clock }));
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([100, 100]);
  });
});
