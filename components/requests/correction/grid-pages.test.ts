import { describe, expect, it } from "vitest";
import { KEEP_PAGES, PAGE_ROWS, pagesCovering, pagesToEvict } from "./grid-pages";

describe("the grid's pages of rows", () => {
  it("covers the visible rows with whole pages, within the total", () => {
    expect(pagesCovering(0, 30, 1000)).toEqual([0]);
    expect(pagesCovering(PAGE_ROWS - 5, PAGE_ROWS + 5, 1000)).toEqual([0, 1]);
    expect(pagesCovering(950, 1200, 1000)).toEqual([9]);
    expect(pagesCovering(0, 10, 0)).toEqual([]);
    expect(pagesCovering(99_990, 100_030, 100_000)).toEqual([999]);
  });

  it("keeps at most the limit, dropping the pages farthest from the window and never a visible one", () => {
    const cached = Array.from({ length: KEEP_PAGES + 3 }, (_, i) => i);
    const evicted = pagesToEvict(cached, [0, 1]);
    expect(evicted).toHaveLength(3);
    expect(evicted).toEqual([KEEP_PAGES + 2, KEEP_PAGES + 1, KEEP_PAGES]);
    expect(pagesToEvict([5, 6, 7], [6], 1)).toEqual(expect.arrayContaining([5, 7]));
    expect(pagesToEvict([5, 6, 7], [6], 1)).not.toContain(6);
    expect(pagesToEvict([1, 2], [1], 5)).toEqual([]);
  });
});
