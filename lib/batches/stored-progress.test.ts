import { describe, expect, it } from "vitest";
import { toStoredBatchStatusDto, toStoredErrorSummaryDto, type StoredBatchProgress } from "./stored-progress";

const notChecked: StoredBatchProgress = {
  batchStatus: "pending", submittedAt: new Date("2026-01-01T10:00:00Z"),
  batchTotalRecords: null, batchProcessedRecords: null, batchSuccessfulRecords: null, batchFailedRecords: null,
  batchRunErrors: null, batchStartedAt: null, batchCompletedAt: null, batchUpdatedAt: null, batchCheckedAt: null, batchErrorCodes: null,
};

describe("stored batch progress → DTOs", () => {
  it("before the first check: not checked yet, zero totals, no times", () => {
    expect(toStoredBatchStatusDto(notChecked)).toEqual({
      status: "pending", totals: { total: 0, processed: 0, successful: 0, failed: 0 }, startedAt: null, completedAt: null,
      createdAt: "2026-01-01T10:00:00.000Z", updatedAt: null, checkedAt: null, runErrors: [],
    });
  });

  it("keeps an unrecognised stored status visible as unknown, and the last check stands in for a missing update time", () => {
    const dto = toStoredBatchStatusDto({ ...notChecked, batchStatus: "QUEUED_FOR_REVIEW", batchCheckedAt: new Date("2026-01-01T10:01:00Z") });
    expect(dto).toMatchObject({ status: "unknown", updatedAt: "2026-01-01T10:01:00.000Z", checkedAt: "2026-01-01T10:01:00.000Z" });
  });

  it("a histogram that does not parse is shown as not counted, never as 'no failures'", () => {
    const summary = toStoredErrorSummaryDto({ ...notChecked, batchStatus: "completed", batchFailedRecords: 3, batchErrorCodes: { byCode: { X: -1 } }, batchRunErrors: "nonsense" });
    expect(summary).toMatchObject({ status: "completed", byCode: [], countedRecords: 0, complete: false, totals: { failed: 3 } });
  });

  it("orders failures by count, then code", () => {
    const summary = toStoredErrorSummaryDto({ ...notChecked, batchStatus: "completed", batchErrorCodes: { byCode: { B: 1, A: 1, C: 5 }, countedRecords: 6, complete: true } });
    expect(summary.byCode.map((c) => c.code)).toEqual(["C", "A", "B"]);
  });
});
