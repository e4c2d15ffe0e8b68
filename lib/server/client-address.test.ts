import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientIp } from "@/lib/http/client-ip";
import { stampClientAddress, trustFrom } from "./client-address";

function stamped(peer: string, headers: Record<string, string>, setting = "") {
  const request = { socket: { remoteAddress: peer }, headers: { ...headers } } as unknown as IncomingMessage;
  stampClientAddress(request, trustFrom(setting));
  return request.headers;
}

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client writes", () => {
    const headers = stamped("203.0.113.7", {
      "x-forwarded-for": "=1+1, 1.2.3.4", "x-real-ip": "1.2.3.4", forwarded: "for=1.2.3.4",
      "x-forwarded-host": "evil.example", [CLIENT_ADDRESS_HEADER]: "9.9.9.9",
    });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
    // Forwarding headers from an untrusted peer are dropped, so nothing downstream can read them.
    for (const name of ["x-forwarded-for", "x-real-ip", "forwarded", "x-forwarded-host"]) expect(headers[name]).toBeUndefined();
  });

  it("changing X-Forwarded-For on every try does not change the address", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((forged) => stamped("198.51.100.9", { "x-forwarded-for": forged })[CLIENT_ADDRESS_HEADER]));
    expect([...seen]).toEqual(["198.51.100.9"]);
  });

  it("behind a hop count, is the right-most address that is not a proxy", () => {
    expect(stamped("10.0.0.5", { "x-forwarded-for": "6.6.6.6, 203.0.113.7" }, "1")[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
    expect(stamped("10.0.0.5", { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.4" }, "2")[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
  });

  it("behind trusted ranges, skips every trusted hop from the right and keeps the forwarding headers", () => {
    const headers = stamped("10.0.0.5", { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.1.1.1", "x-forwarded-host": "portal.bank.ae" }, "10.0.0.0/8, 192.0.2.1");
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
    expect(headers["x-forwarded-host"]).toBe("portal.bank.ae");
  });

  it("a peer outside the trusted ranges is the client even if it claims otherwise", () => {
    expect(stamped("203.0.113.50", { "x-forwarded-for": "1.2.3.4" }, "10.0.0.0/8")[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.50");
  });

  it("writes IPv4-mapped IPv6 addresses as IPv4", () => {
    expect(stamped("::ffff:127.0.0.1", {})[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(stamped("::1", {})[CLIENT_ADDRESS_HEADER]).toBe("::1");
  });

  it("is read back by clientIp() from the stamped header only", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBeNull();
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("refuses a TRUSTED_PROXIES setting it cannot read", () => {
    expect(() => trustFrom("not-an-address")).toThrow();
    expect(() => trustFrom("10.0.0.0/99")).toThrow();
    expect(trustFrom("")("10.0.0.1", 0)).toBe(false);
  });
});
