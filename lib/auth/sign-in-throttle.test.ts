import { describe, expect, it } from "vitest";
import { isThrottled, recordSignInFailure } from "./sign-in-throttle";

describe("sign-in throttle per address", () => {
  it("counts failures only, throttles at 30 within ten minutes, and forgets them after", () => {
    const ip = "203.0.113.7";
    const t0 = 1_000_000;
    for (let i = 0; i < 29; i++) recordSignInFailure(ip, t0 + i);
    expect(isThrottled(ip, t0 + 100)).toBe(false);
    recordSignInFailure(ip, t0 + 200);
    expect(isThrottled(ip, t0 + 300)).toBe(true);
    expect(isThrottled("203.0.113.8", t0 + 300)).toBe(false);
    expect(isThrottled(ip, t0 + 10 * 60_000 + 1_000)).toBe(false);
  });

  it("never throttles an unknown address (no proxy header)", () => {
    recordSignInFailure(null);
    expect(isThrottled(null)).toBe(false);
  });
});
