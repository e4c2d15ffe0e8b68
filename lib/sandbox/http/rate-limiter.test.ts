import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";
import { portalSandboxDeps } from "./sandbox-handlers";

describe("createRateLimiter", () => {
  it("refills continuously: after half a second about half the tokens are back", () => {
    let t = 0;
    const limiter = createRateLimiter(10, () => t);
    for (let i = 0; i < 10; i++) expect(limiter.take("k").allowed).toBe(true);
    expect(limiter.take("k")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    t = 500;
    const allowed = Array.from({ length: 10 }, () => limiter.take("k").allowed).filter(Boolean).length;
    expect(allowed).toBe(5);
  });

  it("is 25 per second per key in the portal's wiring", () => {
    expect(portalSandboxDeps().limiter.perSecond).toBe(25);
  });
});
