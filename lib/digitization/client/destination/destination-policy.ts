// Where the portal may send an organization's API key. Two gates, both fail closed:
//
// 1. Before any connection, the URL: http(s) only, https unless the portal runs in demo mode,
//    no credentials, and its `URL.host` (lower-case host, plus `:port` only when the port is
//    not the scheme's default) must equal an entry of DIGITIZATION_ALLOWED_HOSTS exactly. So an
//    entry without a port allows only the default port: `api.example` admits
//    https://api.example but not https://api.example:8443, which needs its own entry.
// 2. At connect time (./guarded-lookup), every address a name resolves to must be public.
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

