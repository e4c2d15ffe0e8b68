import { describe, expect, it } from "vitest";
import { erroredRange, numberedRange } from "./page-range";

describe("numberedRange", () => {
  it("numbers a page's rows from the page and its size", () => {
    expect(numberedRange(1, 10, 10, 1266)).toEqual({ first: 1, last: 10, total: 1266 });
    expect(numberedRange(127, 10, 6, 1266)).toEqual({ first: 1261, last: 1266, total: 1266 });
    expect(numberedRange(1, 10, 0, 0)).toEqual({ first: 0, last: 0, total: 0 });
  });
});

describe("erroredRange", () => {
  it("numbers a full page from its own length", () => {
    expect(erroredRange(1, true, 50, 1266)).toEqual({ first: 1, last: 50, total: 1266 });
    expect(erroredRange(3, true, 50, null)).toEqual({ first: 101, last: 150, total: null });
  });

  it("counts the last page back from the failed total", () => {
    expect(erroredRange(26, false, 16, 1266)).toEqual({ first: 1251, last: 1266, total: 1266 });
  });

  it("falls back to the page length when the total is unknown or smaller than the page", () => {
    expect(erroredRange(2, false, 16, null)).toEqual({ first: 17, last: 32, total: null });
    expect(erroredRange(1, false, 16, 3)).toEqual({ first: 1, last: 16, total: 3 });
  });

  it("has an empty range for an empty page", () => {
    expect(erroredRange(1, false, 0, 0)).toEqual({ first: 0, last: 0, total: 0 });
  });
});
