import { readFile } from "node:fs/promises";

// Personal data and secrets must never reach a log. After the whole e2e run (every journey
// uploads real-looking customers and uses real keys), the server's log is searched for them.
export const PORTAL_LOG = ".data/e2e-portal.log";

const FORBIDDEN: [string, RegExp][] = [
  ["an Emirates ID", /784[-\s]?\d{4}[-\s]?\d{7}[-\s]?\d/],
  ["a customer name from the test files", /Test Customer|Kartik Naik|KARTIK NAIK|TEST CUSTOMER/],
  ["an API key", /sandbox_(alpha|beta)_[0-9a-f]{16}|pmk_live_[A-Za-z0-9_-]{20,}/],
  ["the demo password", /Demo-Passw0rd!(?! is)/],
];

export default async function scanLogs() {
  const log = await readFile(PORTAL_LOG, "utf8").catch(() => null);
  if (log === null) throw new Error(`No server log at ${PORTAL_LOG}: the scan for personal data could not run`);
  // The demo banner prints the demo password on purpose, once, at start.
  const body = log.replace(/all use the password Demo-Passw0rd!\./g, "");
  for (const [what, pattern] of FORBIDDEN) {
    const hit = body.match(pattern);
    if (hit) throw new Error(`The server log contains ${what} (${PORTAL_LOG}, at offset ${hit.index}). Personal data and keys must never be logged.`);
  }
}
