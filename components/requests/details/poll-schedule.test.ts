import { describe, expect, it } from "vitest";
import { firstCheckAt, pollingGaveUp, statusRefetchInterval, type PollPlan } from "./poll-schedule";

const plan: PollPlan = { firstDelayMs: 60_000, intervalMs: 30_000, giveUpAfterMs: 30 * 60_000 };
const MIN = 60_000;

describe("firstCheckAt", () => {
  it("waits the first delay after submission", () => {
    expect(firstCheckAt("2026-01-01T10:00:00.000Z", 60_000)).toBe(Date.parse("2026-01-01T10:01:00.000Z"));
  });

  it("allows checking at once without a submission time", () => {
    expect(firstCheckAt(null, 60_000)).toBe(0);
    expect(firstCheckAt("not a date", 60_000)).toBe(0);
  });
});

describe("statusRefetchInterval", () => {
  it("polls at the interval while pending or in progress", () => {
    expect(statusRefetchInterval("pending", 0, plan, 1_000)).toBe(30_000);
    expect(statusRefetchInterval("in_progress", 0, plan, 10 * MIN)).toBe(30_000);
    expect(statusRefetchInterval(undefined, 0, plan, 0)).toBe(30_000);
  });

  it("keeps polling an unknown status, within the deadline", () => {
    expect(statusRefetchInterval("unknown", 0, plan, MIN)).toBe(30_000);
  });

  it("stops at completed and failed", () => {
    expect(statusRefetchInterval("completed", 0, plan, MIN)).toBe(false);
    expect(statusRefetchInterval("failed", 0, plan, MIN)).toBe(false);
  });

  it("lands the last check on the deadline, then stops", () => {
    expect(statusRefetchInterval("in_progress", 0, plan, 30 * MIN - 10_000)).toBe(10_000);
    expect(statusRefetchInterval("in_progress", 0, plan, 30 * MIN)).toBe(false);
  });
});

describe("pollingGaveUp", () => {
  it("is true only for an unfinished batch after 30 minutes of polling", () => {
    expect(pollingGaveUp("in_progress", 0, 29 * MIN, plan)).toBe(false);
    expect(pollingGaveUp("in_progress", 0, 30 * MIN, plan)).toBe(true);
    expect(pollingGaveUp("completed", 0, 45 * MIN, plan)).toBe(false);
  });
});
