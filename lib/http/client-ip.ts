/**
 * The header in which the portal's own HTTP server (lib/server/serve.ts) hands every request
 * the client's address. The server sets it on every request and overwrites whatever a client
 * sent, so it is the only address worth believing; X-Forwarded-For is not (a client writes it).
 */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/** The caller's address for audit and brakes, as the portal's server determined it. */
export function clientIp(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER) || null;
}
