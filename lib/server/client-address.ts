import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-ip";

// Who is calling, decided once per request at the edge of the process. Without trusted proxies
// the client is the socket's peer and every forwarding header is dropped (a client can write
// any of them); behind trusted proxies it is the right-most address that is not one of them.
// proxy-addr is the implementation Express relies on for exactly this decision.

type Trust = (address: string, hop: number) => boolean;

const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];

/**
 * TRUSTED_PROXIES: empty (trust nobody), a hop count ("1": the socket's peer is a proxy), or
 * comma-separated addresses and CIDR ranges. Throws on anything else.
 */
export function trustFrom(setting: string): Trust {
  const value = setting.trim();
  if (value === "") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(value.split(",").map((part) => part.trim()).filter(Boolean));
}

/** Writes the client's address into the request (overwriting any client-sent value). */
export function stampClientAddress(request: IncomingMessage, trust: Trust): void {
  const peer = request.socket.remoteAddress ?? "";
  const address = peer ? proxyaddr(request, trust) : "";
  if (!peer || !trust(peer, 0)) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  request.headers[CLIENT_ADDRESS_HEADER] = canonicalAddress(address);
}

/** `::ffff:127.0.0.1` is 127.0.0.1: one spelling per address in the audit log and the brakes. */
export function canonicalAddress(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : "";
}
