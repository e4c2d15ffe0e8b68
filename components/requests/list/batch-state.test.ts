import { describe, expect, it } from "vitest";
import { batchStateOf } from "./batch-state";

const row = (batchStatus: string | null, totals: { total: number; processed: number; failed: number } | null = null, batchId: string | null = "b-1") => ({
  batchId,
  batchStatus,
  batchTotals: totals,
});

describe("batchStateOf", () => {
  it("says nothing before the request has a batch", () => {
    expect(batchStateOf(row("pending", null, null))).toEqual({ kind: "none" });
  });

  it("reads a submitted, not yet checked batch as queued", () => {
    expect(batchStateOf(row(null))).toEqual({ kind: "queued" });
    expect(batchStateOf(row("pending"))).toEqual({ kind: "queued" });
  });

  it("gives a running batch's percentage, rounded down and never 100", () => {
    expect(batchStateOf(row("in_progress", { total: 200, processed: 51, failed: 0 }))).toEqual({ kind: "processing", percent: 25 });
    expect(batchStateOf(row("in_progress", { total: 1000, processed: 999, failed: 0 }))).toEqual({ kind: "processing", percent: 99 });
    expect(batchStateOf(row("in_progress", { total: 0, processed: 0, failed: 0 }))).toEqual({ kind: "processing", percent: 0 });
    expect(batchStateOf(row("in_progress"))).toEqual({ kind: "processing", percent: 0 });
  });

  it("tells a clean completion from one with failed records", () => {
    expect(batchStateOf(row("completed", { total: 10, processed: 10, failed: 0 }))).toEqual({ kind: "completed" });
    expect(batchStateOf(row("completed", { total: 10, processed: 10, failed: 3 }))).toEqual({ kind: "completedWithFailures", failed: 3 });
  });

  it("reports a failed batch and an unknown status as such", () => {
    expect(batchStateOf(row("failed"))).toEqual({ kind: "failed" });
    expect(batchStateOf(row("something-new"))).toEqual({ kind: "unknown" });
  });
});
