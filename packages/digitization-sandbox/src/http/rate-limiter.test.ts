import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";
import { processDeps } from "./sandbox-deps";

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

  it("is 25 per second per key in the process's wiring", () => {
    expect(processDeps({} as never, { SANDBOX_DIALECT: "guide", SANDBOX_MAX_UPLOAD_BYTES: 1 }).limiter.perSecond).toBe(25);
  });
});
