import { describe, expect, it } from "vitest";
import { nextPollDelayMs } from "./poll-advice";

describe("nextPollDelayMs", () => {
  it("follows the published advice by default", () => {
    expect(nextPollDelayMs("pending", 0)).toBe(90_000);
    expect(nextPollDelayMs("pending", 30_000)).toBe(60_000);
    expect(nextPollDelayMs("in_progress", 120_000)).toBe(45_000);
    expect(nextPollDelayMs("unknown", 120_000)).toBe(45_000);
    expect(nextPollDelayMs("in_progress", 30 * 60_000 - 10_000)).toBe(10_000);
    expect(nextPollDelayMs("in_progress", 30 * 60_000)).toBeNull();
  });

  it("stops at completed and failed", () => {
    expect(nextPollDelayMs("completed", 0)).toBeNull();
    expect(nextPollDelayMs("failed", 200_000)).toBeNull();
  });

  it("takes configurable intervals", () => {
    const fast = { firstCheckMs: 100, intervalMs: 50, giveUpAfterMs: 1_000 };
    expect(nextPollDelayMs("pending", 0, fast)).toBe(100);
    expect(nextPollDelayMs("pending", 100, fast)).toBe(50);
    expect(nextPollDelayMs("pending", 1_000, fast)).toBeNull();
    expect(nextPollDelayMs("pending", 0, { intervalMs: undefined as unknown as number })).toBe(90_000);
  });
});
