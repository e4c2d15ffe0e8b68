// Is an IP address somewhere on the public internet, or somewhere the portal's own network
// can reach that an outsider cannot (loopback, private ranges, link-local cloud metadata...)?
// Pure, so every spelling is unit-tested. ipaddr.js knows the IANA special-purpose tables;
// anything it does not call plain "unicast" is treated as not public (fail closed).
import ipaddr from "ipaddr.js";

/** The range name ipaddr.js gives, after unwrapping IPv6 forms that carry an IPv4 address. */
export function addressRange(address: string): string {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ""));
  } catch {
    return "invalid";
  }
  if (parsed.kind() === "ipv6") parsed = embeddedIpv4(parsed as ipaddr.IPv6) ?? parsed;
  return parsed.range();
}

/**
 * ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64, RFC 6052) reach the IPv4 address inside,
 * so they are judged by it: ::ffff:127.0.0.1 is loopback, 64:ff9b::8.8.8.8 is public.
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  if (address.range() === "rfc6052") return ipaddr.fromByteArray(address.toByteArray().slice(12)) as ipaddr.IPv4;
  return null;
}

/** True only for globally routable unicast addresses. Invalid text is not public. */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === "unicast";
}

/** Loopback, in either family or as a mapped IPv4 address. */
export function isLoopbackAddress(address: string): boolean {
  return addressRange(address) === "loopback";
}
