import { describe, expect, it } from "vitest";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, parseRetryAfterMs, retryDelayMs, type RetryPolicy } from "./backoff";
import { nextPollDelayMs } from "./poll-advice";

const policy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };

describe("backoffDelayMs", () => {
  it("is full jitter over a doubling window, deterministic for a given random", () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelayMs(retry, policy, () => 0.5))).toEqual([50, 100, 200, 400]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.999)).toBe(399);
  });

  it("is capped however many retries", () => {
    expect(backoffDelayMs(5, policy, () => 0.999)).toBe(999);
    expect(backoffDelayMs(80, policy, () => 0.999)).toBe(999);
    expect(backoffDelayMs(3, policy, () => 7)).toBe(400); // a bad random source cannot break the cap
  });

  it("has sane defaults", () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBeGreaterThan(1);
    expect(backoffDelayMs(99, DEFAULT_RETRY_POLICY, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2026-03-12T08:00:00Z");

  it("reads seconds and HTTP-dates", () => {
    expect(parseRetryAfterMs("1", now)).toBe(1_000);
    expect(parseRetryAfterMs(" 120 ", now)).toBe(120_000);
    expect(parseRetryAfterMs("Thu, 12 Mar 2026 08:00:03 GMT", now)).toBe(3_000);
    expect(parseRetryAfterMs("Thu, 12 Mar 2026 07:00:00 GMT", now)).toBe(0);
  });

  it("ignores what it cannot read", () => {
    expect([null, "", "soon-ish?", "1.5", "-3"].map((h) => parseRetryAfterMs(h, now))).toEqual([null, null, null, null, null]);
  });

  it("is honoured up to the cap, and replaces backoff when given", () => {
    expect(retryDelayMs(1, 1_000, policy, () => 0.5)).toBe(1_000);
    expect(retryDelayMs(1, 60_000, policy, () => 0.5)).toBe(5_000);
    expect(retryDelayMs(2, null, policy, () => 0.5)).toBe(100);
  });
});

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
