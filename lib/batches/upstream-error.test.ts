import { describe, expect, it } from "vitest";
import { DigitizationError } from "@/lib/digitization/client/errors";
import { isNotFoundInsideBatch, upstreamFailure } from "./upstream-error";

describe("upstreamFailure", () => {
  it.each([
    ["not_found", 404, "Batch not found at the Digitization API"],
    ["upstream_unavailable", 503, "The Digitization API could not be reached; try again shortly"],
    ["auth", 502, "The organization's API key was refused by the Digitization API"],
    ["malformed_response", 502, "The Digitization API sent a response the portal cannot read"],
    ["rejected", 502, "The Digitization API refused the request"],
  ] as const)("maps %s to %i", (kind, status, message) => {
    const { error, retryAfterSeconds } = upstreamFailure(new DigitizationError(kind, "upstream words"));
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
    expect(retryAfterSeconds).toBeNull();
  });

  it("answers rate limiting with 429 and the API's Retry-After, rounded up to seconds", () => {
    const { error, retryAfterSeconds } = upstreamFailure(new DigitizationError("rate_limited", "slow down", { retryAfterMs: 1500 }));
    expect(error.status).toBe(429);
    expect(retryAfterSeconds).toBe(2);
  });

  it("gives a Retry-After even when the API did not", () => {
    expect(upstreamFailure(new DigitizationError("rate_limited", "slow down")).retryAfterSeconds).toBe(2);
  });

  it("passes on nothing of the API's answer: neither its message nor its code", () => {
    const { error } = upstreamFailure(new DigitizationError("auth", "Invalid Authorization key=abc", { code: "0000000200", status: 401 }));
    expect(error.message).not.toContain("abc");
    expect(error.details).toBeUndefined();
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain("0000000200");
  });

  it("answers a refused connection, a timeout and a refused destination alike", () => {
    const answers = [
      new DigitizationError("upstream_unavailable", "x", { detail: "ECONNREFUSED", attempts: 3 }),
      new DigitizationError("upstream_unavailable", "y", { detail: "no complete answer within 10000 ms", attempts: 3 }),
      new DigitizationError("upstream_unavailable", "z", { detail: "destination refused: host_not_allowed" }),
      new DigitizationError("upstream_unavailable", "w", { detail: "ERR_DESTINATION_REFUSED", attempts: 3 }),
    ].map((e) => {
      const { error } = upstreamFailure(e);
      return JSON.stringify([error.status, error.code, error.message, error.details]);
    });
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain("could not be reached");
  });
});

describe("isNotFoundInsideBatch", () => {
  it("tells a missing customer from a missing batch by the API's code", () => {
    expect(isNotFoundInsideBatch(new DigitizationError("not_found", "x", { code: "CUSTOMER_NOT_FOUND" }))).toBe(true);
    expect(isNotFoundInsideBatch(new DigitizationError("not_found", "x", { code: "0701020100" }))).toBe(false);
    expect(isNotFoundInsideBatch(new DigitizationError("not_found", "x"))).toBe(false);
    expect(isNotFoundInsideBatch(new DigitizationError("auth", "x", { code: "CUSTOMER_NOT_FOUND" }))).toBe(false);
  });
});
