// The e2e run serves one production build from two portals, each on its own embedded database
// with its own sandbox (lib/server/serve.ts launches it on the port after the portal's), so the
// suite runs as two journeys side by side (playwright.config.ts). Server "a" also serves the
// specs that talk to its sandbox or mailbox directly, through these addresses.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const SANDBOX_PORT = E2E_PORT + 1;
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;

export type E2eServer = { readonly name: "a" | "b"; readonly port: number; readonly dataDir: string; readonly log: string };

/** Each portal's port (its sandbox listens on the next one), data folder and kept output. */
export const E2E_SERVERS: readonly [E2eServer, E2eServer] = [
  { name: "a", port: E2E_PORT, dataDir: ".data/e2e", log: ".data/e2e-portal.log" },
  // +10: clear of server a's sandbox (+1) and the SMTP sink (+2, e2e/support/mailbox.ts).
  { name: "b", port: E2E_PORT + 10, dataDir: ".data/e2e-b", log: ".data/e2e-portal-b.log" },
];
