// Where the portal may send an organization's API key: the rules, pure, so the admin form
// checks a base URL with the very code the transport uses. The connect-time half of the
// check (every resolved address) is ./guarded-agent, which applies these rules.
import ipaddr from "ipaddr.js";

// Where the portal may send an organization's API key. Two gates, both fail closed:
//
// 1. Before any connection, the URL: http(s) only, https unless the portal runs in demo mode,
//    no credentials, and its `URL.host` (lower-case host, plus `:port` only when the port is
//    not the scheme's default) must equal an entry of DIGITIZATION_ALLOWED_HOSTS exactly. So an
//    entry without a port allows only the default port: `api.example` admits
//    https://api.example but not https://api.example:8443, which needs its own entry.
// 2. At connect time (./guarded-agent), every address a name resolves to must be public.
//
// An entry that names a local destination literally (an IP address, or `localhost`) is the
// operator saying so on purpose; that is the only way to reach a loopback or private address.
// Pure: the settings come in as arguments.

export interface DestinationPolicy {
  /** `host` or `host:port`, lower-case, as `URL.host` spells it. */
  allowedHosts: readonly string[];
  /** Plain http is for demo mode (the embedded sandbox); production needs https. */
  allowHttp: boolean;
}

export type DestinationRefusal = "not_http" | "http_not_allowed" | "credentials" | "host_not_allowed";

export function destinationPolicy(env: { mode: "demo" | "production"; digitizationAllowedHosts: readonly string[] }): DestinationPolicy {
  return { allowedHosts: env.digitizationAllowedHosts, allowHttp: env.mode === "demo" };
}

/** Null when the URL may receive the key; otherwise why not (for logs and the admin's message). */
export function refuseDestination(url: URL, policy: DestinationPolicy): DestinationRefusal | null {
  if (url.protocol !== "https:" && url.protocol !== "http:") return "not_http";
  if (url.protocol === "http:" && !policy.allowHttp) return "http_not_allowed";
  if (url.username || url.password) return "credentials";
  if (!policy.allowedHosts.includes(url.host.toLowerCase())) return "host_not_allowed";
  return null;
}

/** A name whose addresses may be local: `localhost` names the loopback by definition (RFC 6761). */
export function isLocalName(hostname: string): boolean {
  return hostname.toLowerCase().replace(/\.$/, "") === "localhost";
}

// Is an IP address somewhere on the public internet, or somewhere the portal's own network
// can reach that an outsider cannot (loopback, private ranges, link-local cloud metadata...)?
// Pure, so every spelling is unit-tested. ipaddr.js knows the IANA special-purpose tables;
// anything it does not call plain "unicast" is treated as not public (fail closed).

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

// Odd spellings of a host: `0x7f000001`, `2130706433`, `127.1`, `0177.0.0.1`, `127.0.0.1.`,
// `[0:0:0:0:0:0:0:1]` all mean a loopback address once the URL parser has rewritten them, and
// exist mostly to slip past a reader (or a filter) that compares text. An address is accepted
// only when it is written the way `URL.hostname` writes it back. Pure: the admin form uses it too.

/** The host exactly as written in an absolute URL, lower-case, without credentials or port. */
export function writtenHostname(value: string): string | null {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(value.trim())?.[1];
  if (authority === undefined) return null;
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  const host = hostAndPort.startsWith("[") ? hostAndPort.slice(0, hostAndPort.indexOf("]") + 1) : hostAndPort.replace(/:[^:]*$/, "");
  return host.toLowerCase();
}

/** True when the URL parser kept the host as written (apart from letter case). */
export function isCanonicalHost(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return writtenHostname(value) === url.hostname;
}
