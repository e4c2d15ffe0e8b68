import { describe, expect, it } from "vitest";
import { batchPace } from "./batch-pace";

const status = (over: Partial<Parameters<typeof batchPace>[0]> = {}): Parameters<typeof batchPace>[0] => ({
  status: "in_progress",
  totals: { total: 1000, processed: 250, successful: 240, failed: 10 },
  startedAt: "2026-11-27T10:00:00.000Z",
  completedAt: null,
  checkedAt: "2026-11-27T10:00:50.000Z",
  ...over,
});

describe("batchPace", () => {
  it("measures a running batch up to the last check and estimates the rest", () => {
    expect(batchPace(status())).toEqual({ recordsPerSecond: 5, secondsLeft: 150 });
  });

  it("measures a finished batch from start to completion, with nothing left", () => {
    const done = status({ status: "completed", totals: { total: 1000, processed: 1000, successful: 990, failed: 10 }, completedAt: "2026-11-27T10:00:20.000Z", checkedAt: "2026-11-27T10:05:00.000Z" });
    expect(batchPace(done)).toEqual({ recordsPerSecond: 50, secondsLeft: null });
  });

  it("has no pace before the start, without processed records, or when start and end coincide", () => {
    const none = { recordsPerSecond: null, secondsLeft: null };
    expect(batchPace(status({ startedAt: null }))).toEqual(none);
    expect(batchPace(status({ totals: { total: 1000, processed: 0, successful: 0, failed: 0 } }))).toEqual(none);
    expect(batchPace(status({ checkedAt: "2026-11-27T10:00:00.000Z" }))).toEqual(none);
    expect(batchPace(status({ checkedAt: null }))).toEqual(none);
  });

  it("rounds the estimate up so it never promises too early", () => {
    expect(batchPace(status({ totals: { total: 1001, processed: 250, successful: 250, failed: 0 } })).secondsLeft).toBe(151);
  });
});
