// The portal's HTTP server (`npm run serve`, `npm start`; `--dev` for development): Next.js
// behind a plain Node server whose only job is to decide, per request, who the client is
// (lib/server/client-address.ts). `next start` cannot: it keeps whatever X-Forwarded-For a
// client sends. Run through `node --import tsx` so a signal reaches this very process.
import { createServer } from "node:http";
import next from "next";
import path from "node:path";
import { startEmbeddedPostgresUnlessConfigured } from "../db/start-default-database";
import { stampClientAddress, trustFrom } from "./client-address";
import { ensureDatabase, startSandboxProcess } from "./sandbox-process";

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
let embedded;
try {
  embedded = await startEmbeddedPostgresUnlessConfigured();
  if (embedded) console.log("Embedded PostgreSQL ready (data in DATA_DIR/pg)");
} catch (error) {
  console.error(`\nThe embedded PostgreSQL could not start: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

// Demo mode: the Digitization sandbox runs beside the portal as its own process with its own
// database, and the portal reaches it over HTTP exactly as it would the real service.
if ((process.env.SANDBOX_ENABLED ?? String(process.env.PORTAL_MODE === "demo")).match(/^(true|1)$/)) {
  try {
    const databaseUrl = process.env.SANDBOX_DATABASE_URL ?? (embedded ? await ensureDatabase(embedded.url, "sandbox") : null);
    if (!databaseUrl) throw new Error("SANDBOX_DATABASE_URL is required beside DATABASE_URL (or SANDBOX_ENABLED=false)");
    const sandbox = await startSandboxProcess({
      databaseUrl,
      port: Number(process.env.SANDBOX_PORT ?? 3100),
      pidFile: path.join(process.env.DATA_DIR || ".data", "sandbox.pid"),
    });
    // On every exit, before the embedded PostgreSQL is stopped (that handler was registered earlier).
    process.prependListener("exit", () => sandbox.stopSync());
    process.env.DIGITIZATION_API_BASE_URL ??= sandbox.baseUrl;
    process.env.SANDBOX_ADMIN_URL = sandbox.baseUrl;
    process.env.SANDBOX_ADMIN_SECRET = sandbox.adminSecret;
    console.log(`Digitization sandbox ready on ${sandbox.baseUrl} (its own process and database)`);
  } catch (error) {
    console.error(`\nThe Digitization sandbox could not start: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
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
