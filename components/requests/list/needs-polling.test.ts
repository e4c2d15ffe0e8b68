import { describe, expect, it } from "vitest";
import type { RequestStatus } from "@/lib/requests/contracts";
import { needsPolling } from "./needs-polling";

const row = (status: RequestStatus, batchStatus: string | null = null) => ({ status, batchStatus });

describe("needsPolling", () => {
  it("is off without rows", () => {
    expect(needsPolling(undefined)).toBe(false);
    expect(needsPolling([])).toBe(false);
  });

  it.each(["UPLOADING", "APPROVED", "SUBMITTING"] as const)("polls while a row is %s", (status) => {
    expect(needsPolling([row("PENDING_APPROVAL"), row(status)])).toBe(true);
  });

  it.each(["UPLOAD_FAILED", "PENDING_APPROVAL", "REJECTED", "SUBMISSION_FAILED"] as const)("waits for a person when a row is %s", (status) => {
    expect(needsPolling([row(status)])).toBe(false);
  });

  it("polls a submitted batch until it is completed or failed, whatever the casing", () => {
    expect(needsPolling([row("SUBMITTED")])).toBe(true);
    expect(needsPolling([row("SUBMITTED", "pending")])).toBe(true);
    expect(needsPolling([row("SUBMITTED", "IN_PROGRESS")])).toBe(true);
    expect(needsPolling([row("SUBMITTED", "COMPLETED")])).toBe(false);
    expect(needsPolling([row("SUBMITTED", "failed")])).toBe(false);
  });
});
