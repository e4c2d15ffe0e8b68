// The portal's HTTP server (`npm run serve`, `npm start`; `--dev` for development): Next.js
// behind a plain Node server whose only job is to decide, per request, who the client is
// (lib/server/client-address.ts). `next start` cannot: it keeps whatever X-Forwarded-For a
// client sends. Run through `node --import tsx` so a signal reaches this very process.
import { createServer } from "node:http";
import next from "next";
import { startEmbeddedPostgresUnlessConfigured } from "../db/start-default-database";
import { stampClientAddress, trustFrom } from "./client-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

let trust;
try {
  trust = trustFrom(process.env.TRUSTED_PROXIES ?? "");
} catch (error) {
  console.error(`\nInvalid configuration — TRUSTED_PROXIES: ${error instanceof Error ? error.message : error}\nSee README.md, "Settings".\n`);
  process.exit(1);
}

// Before Next prepares: the instrumentation hook (lib/server/start-portal.ts) reads DATABASE_URL.
try {
  if (await startEmbeddedPostgresUnlessConfigured()) console.log("Embedded PostgreSQL ready (data in DATA_DIR/pg)");
} catch (error) {
  console.error(`\nThe embedded PostgreSQL could not start: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

const app = next({ dev, port });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((request, response) => {
  stampClientAddress(request, trust);
  void handle(request, response);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, () => console.log(`Portal ready on http://localhost:${port}`));
