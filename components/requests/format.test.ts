import { describe, expect, it } from "vitest";
import { formatBytes, formatDateTime, pageCount, showingRange } from "./format";

describe("formatDateTime", () => {
  it("formats in the given locale and time zone", () => {
    expect(formatDateTime("2026-03-12T08:05:00Z", "en-GB", "Asia/Dubai")).toBe("12 Mar 2026, 12:05");
  });
  it("shows a dash for a value that is not a date", () => {
    expect(formatDateTime("not a date", "en-GB")).toBe("—");
  });
});

describe("formatBytes", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [1023, "1,023 bytes"],
    [1536, "1.5 KB"],
    [10 * 1024 * 1024, "10 MB"],
    [300 * 1024 * 1024 + 1, "300 MB"],
    [5 * 1024 ** 4, "5,120 GB"],
  ])("%d → %s", (bytes, text) => {
    expect(formatBytes(bytes, "en-US")).toBe(text);
  });
});

describe("showingRange", () => {
  it("counts the first page", () => expect(showingRange(1, 10, 42, "en-US")).toBe("Showing 1–10 of 42"));
  it("cuts the last page short", () => expect(showingRange(5, 10, 42, "en-US")).toBe("Showing 41–42 of 42"));
  it("says when there is nothing", () => expect(showingRange(1, 10, 0, "en-US")).toBe("No requests"));
  it("shows nothing for a page past the end", () => expect(showingRange(9, 10, 42, "en-US")).toBe("Showing 0 of 42"));
});

describe("pageCount", () => {
  it("is at least one", () => expect(pageCount(10, 0)).toBe(1));
  it("rounds up", () => expect(pageCount(25, 51)).toBe(3));
});
