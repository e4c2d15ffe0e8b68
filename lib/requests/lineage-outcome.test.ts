import { describe, expect, it } from "vitest";
import { lineageOf, type LineageMember } from "./lineage-outcome";

let clock = 0;
function member(id: string, over: Partial<LineageMember> = {}): LineageMember {
  clock += 1;
  return {
    id, resubmissionOfId: null, fileName: `${id}.csv`, status: "SUBMITTED", rowCount: 0, createdAt: new Date(Date.UTC(2026, 0, 1, 0, clock)),
    batchStatus: null, batchTotalRecords: null, batchSuccessfulRecords: null, batchFailedRecords: null, batchErrorCodes: null, correction: null,
    ...over,
  };
}

/** A completed batch of `total` records, `failed` of them by the codes given (complete histogram). */
function completed(id: string, total: number, byCode: Record<string, number>, failed: number, over: Partial<LineageMember> = {}) {
  return member(id, {
    rowCount: total, batchStatus: "completed", batchTotalRecords: total, batchSuccessfulRecords: total - failed, batchFailedRecords: failed,
    batchErrorCodes: { byCode, countedRecords: failed, complete: true }, ...over,
  });
}

const grid = (parentCodes: Record<string, number>, rowsExcluded = 0) => ({ source: "grid", cellsChanged: 5, rowsExcluded, parentCodes });

describe("lineageOf", () => {
  it("has no outcome until the original's batch has completed, and lists the original first", () => {
    const root = member("root", { rowCount: 10, batchStatus: "in_progress", createdAt: new Date(Date.UTC(2026, 5, 1)) });
    const lineage = lineageOf("root", [member("other"), root]);
    expect(lineage.outcome).toBeNull();
    expect(lineage.steps.map((s) => [s.id, s.position, s.correctsId])).toEqual([["root", 0, null], ["other", 1, null]]);
  });

  it("an original alone: its failures by code are what is still failing", () => {
    const { outcome } = lineageOf("root", [completed("root", 1_000_000, { RESIDENT_NOT_FOUND: 900, EXPIRED_EID: 400 }, 1_266)]);
    expect(outcome).toEqual({
      customers: 1_000_000, digitized: 998_734, stillFailing: 1_266,
      byCode: [{ code: "RESIDENT_NOT_FOUND", count: 900 }, { code: "EXPIRED_EID", count: 400 }],
      approximate: false, completedCorrections: 0, inCorrection: 0,
    });
  });

  it("corrections of corrections: each completed one takes its rows out of the failing and adds back its own failures", () => {
    const root = completed("root", 100, { RESIDENT_NOT_FOUND: 6, EXPIRED_EID: 4 }, 10);
    // Carries all 10 (6 + 4 codes); 7 digitized, 3 fail again.
    const first = completed("c1", 10, { RESIDENT_NOT_FOUND: 3 }, 3, { resubmissionOfId: "root", correction: grid({ RESIDENT_NOT_FOUND: 6, EXPIRED_EID: 4 }) });
    // Corrects the correction: carries its 3, all digitized.
    const second = completed("c2", 3, {}, 0, { resubmissionOfId: "c1", correction: { source: "errored-download", cellsChanged: 0, rowsExcluded: 0, parentCodes: { RESIDENT_NOT_FOUND: 3 } } });
    const lineage = lineageOf("root", [second, first, root]);
    expect(lineage.steps.map((s) => [s.id, s.position, s.correctsId])).toEqual([["root", 0, null], ["c1", 1, "root"], ["c2", 2, "c1"]]);
    expect(lineage.steps[1]!.correction).toEqual({ source: "grid", cellsChanged: 5, rowsExcluded: 0 });
    expect(lineage.outcome).toEqual({ customers: 100, digitized: 100, stillFailing: 0, byCode: [], approximate: false, completedCorrections: 2, inCorrection: 0 });
  });

  it("rows excluded from a correction stay failing with their codes", () => {
    const root = completed("root", 50, { RESIDENT_NOT_FOUND: 3, EXPIRED_EID: 2 }, 5);
    // Two rows (EXPIRED_EID) excluded: the file carries 3, all digitized.
    const fix = completed("c1", 3, {}, 0, { resubmissionOfId: "root", correction: grid({ RESIDENT_NOT_FOUND: 3 }, 2) });
    expect(lineageOf("root", [root, fix]).outcome).toMatchObject({ digitized: 48, stillFailing: 2, byCode: [{ code: "EXPIRED_EID", count: 2 }], approximate: false, completedCorrections: 1 });
  });

  it("a rejected, expired or failed correction subtracts nothing; one on its way shows as in correction", () => {
    const root = completed("root", 20, { RESIDENT_NOT_FOUND: 4 }, 4);
    const carries = { resubmissionOfId: "root", rowCount: 4, correction: grid({ RESIDENT_NOT_FOUND: 4 }) };
    const rejected = member("rejected", { ...carries, status: "REJECTED" });
    const expired = member("expired", { ...carries, status: "EXPIRED" });
    const failedBatch = member("failed", { ...carries, batchStatus: "failed", batchTotalRecords: 4, batchFailedRecords: 0 });
    const pending = member("pending", { ...carries, status: "PENDING_APPROVAL" });
    const processing = member("processing", { ...carries, batchStatus: "in_progress", batchTotalRecords: 4 });
    const uploading = member("uploading", { ...carries, status: "UPLOADING" });
    const { outcome } = lineageOf("root", [root, rejected, expired, failedBatch, pending, processing, uploading]);
    expect(outcome).toEqual({ customers: 20, digitized: 16, stillFailing: 4, byCode: [{ code: "RESIDENT_NOT_FOUND", count: 4 }], approximate: false, completedCorrections: 0, inCorrection: 8 });
  });

  it("is approximate when a histogram was capped or is missing", () => {
    const root = completed("root", 10_000, { RESIDENT_NOT_FOUND: 5_000 }, 6_000, { batchErrorCodes: { byCode: { RESIDENT_NOT_FOUND: 5_000 }, countedRecords: 5_000, complete: false } });
    expect(lineageOf("root", [root]).outcome).toMatchObject({ stillFailing: 6_000, byCode: [{ code: "RESIDENT_NOT_FOUND", count: 5_000 }], approximate: true });
    const noHistogram = completed("root", 10, {}, 2, { batchErrorCodes: null });
    expect(lineageOf("root", [noHistogram]).outcome).toMatchObject({ stillFailing: 2, byCode: [], approximate: true });
  });

  it("a plain file resubmitted (no parentCodes) still counts its rows by record, and marks the codes approximate", () => {
    const root = completed("root", 10, { RESIDENT_NOT_FOUND: 2 }, 2);
    const plain = completed("c1", 2, {}, 0, { resubmissionOfId: "root" });
    expect(lineageOf("root", [root, plain]).outcome).toMatchObject({ digitized: 10, stillFailing: 0, byCode: [{ code: "RESIDENT_NOT_FOUND", count: 2 }], approximate: true, completedCorrections: 1 });
  });

  it("clips at zero and says approximate when a correction claims more than was failing", () => {
    const root = completed("root", 10, { RESIDENT_NOT_FOUND: 1 }, 1);
    const tooMuch = completed("c1", 5, {}, 0, { resubmissionOfId: "root", correction: grid({ RESIDENT_NOT_FOUND: 3 }) });
    expect(lineageOf("root", [root, tooMuch]).outcome).toMatchObject({ digitized: 10, stillFailing: 0, byCode: [], approximate: true });
  });
});
