import { randomUUID } from "node:crypto";

// A caller may name its request (x-request-id) so support can find it in the logs; the value
// is echoed into JSON and headers, so only a plain token is accepted.
const SAFE_CORRELATION_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function correlationIdOf(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given !== null && SAFE_CORRELATION_ID.test(given) ? given : randomUUID();
}
