import "server-only";
import { getEnv } from "@/lib/config/env";
import { destinationPolicy, refuseDestination, type DestinationRefusal } from "@/lib/digitization/client/destination";
import { AppError } from "@/lib/http/errors";

// An organization's Digitization API base URL is where the portal sends that organization's
// key, so it is checked against the operator's allow-list when it is written, not only when
// it is used: the administrator learns at once what to do instead of a call failing later.

function advice(refusal: DestinationRefusal, host: string, allowed: readonly string[]): string {
  switch (refusal) {
    case "http_not_allowed": return "Use an https:// address: plain http is allowed only in demo mode.";
    case "credentials": return "Remove the user name and password from the address.";
    case "not_http": return "Enter an http:// or https:// address.";
    case "host_not_allowed":
      return `${host} is not an allowed Digitization API host. Use one of ${allowed.join(", ") || "(none)"}, or ask the platform operator to add it to DIGITIZATION_ALLOWED_HOSTS.`;
  }
}

/** The reason, host and allowed hosts ride in the details, so the portal words the advice in the user's language. */
function notAllowed(reason: DestinationRefusal, host: string, allowed: readonly string[]): AppError {
  return new AppError(400, "BASE_URL_NOT_ALLOWED", advice(reason, host, allowed), { reason, host, allowed: allowed.join(", ") || "—" });
}

/** Throws 400 BASE_URL_NOT_ALLOWED unless the portal may send keys to this address. "" is the default. */
export function assertAllowedBaseUrl(value: string | undefined): void {
  if (!value) return;
  if (!URL.canParse(value)) throw notAllowed("not_http", "", []);
  const url = new URL(value);
  const env = getEnv();
  const refusal = refuseDestination(url, destinationPolicy(env));
  if (refusal) throw notAllowed(refusal, url.host, env.digitizationAllowedHosts);
}
