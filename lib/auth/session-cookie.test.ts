import { describe, expect, it } from "vitest";
import { mayCarrySession } from "./session-cookie";

describe("mayCarrySession", () => {
  it("sees the session cookie whole, chunked or under the __Secure- prefix", () => {
    expect(mayCarrySession(new Headers({ cookie: "lang=ar; next-auth.session-token=abc" }))).toBe(true);
    expect(mayCarrySession(new Headers({ cookie: "next-auth.session-token.0=a; next-auth.session-token.1=b" }))).toBe(true);
    expect(mayCarrySession(new Headers({ cookie: "__Secure-next-auth.session-token=abc" }))).toBe(true);
  });

  it("is false without a cookie or with only other cookies", () => {
    expect(mayCarrySession(new Headers())).toBe(false);
    expect(mayCarrySession(new Headers({ cookie: "lang=ar; next-auth.csrf-token=x" }))).toBe(false);
  });
});
