// The Digitization sandbox as a process: `npm start -w digitization-sandbox` (the portal's
// `npm start` launches it in demo mode, `npm run sandbox` alone for integrators). A node:http
// server on SANDBOX_HOST:SANDBOX_PORT with its own database (SANDBOX_DATABASE_URL, migrated on
// start) and its own record processor. Prints one line `SANDBOX_READY <port>` once it serves,
// which whoever launched it waits for.
import type { AddressInfo } from "node:net";
import { readConfig } from "./config";
import { openDatabase } from "./db/open-database";
import { createSandboxServer } from "./http/node-server";
import { processDeps } from "./http/sandbox-deps";
import { createSandboxHandlers } from "./http/sandbox-handlers";
import { SANDBOX_DEMO_CLIENTS, seedSandboxDemo } from "./keys/seed-sandbox-demo";
import { logger } from "./log";
import { startSandboxProcessor } from "./processing/start-sandbox-processor";

let config;
try {
  config = readConfig();
} catch (error) {
  console.error(`\n${(error as Error).message}\nSee docs/sandbox.md.\n`);
  process.exit(1);
}
const database = await openDatabase(config.SANDBOX_DATABASE_URL);
if (config.SANDBOX_SEED_DEMO) await seedSandboxDemo(database.prisma);

const processor = startSandboxProcessor({ pool: database.pool, recordsPerSecond: config.SANDBOX_RECORDS_PER_SECOND, startDelayMs: config.SANDBOX_START_DELAY_MS });
// A batch this process received starts at once (after the start delay) instead of at the next idle poll.
const handlers = createSandboxHandlers(processDeps(database, config, () => processor.nudge()), config.SANDBOX_ADMIN_SECRET);

const server = createSandboxServer(handlers);
// 1,000,000-row uploads take a while; Node's default 5-minute request timeout stays as the bound.
server.listen(config.SANDBOX_PORT, config.SANDBOX_HOST, () => {
  const { port } = server.address() as AddressInfo;
  logger.info({ port, dialect: config.SANDBOX_DIALECT, admin: Boolean(config.SANDBOX_ADMIN_SECRET) }, "Digitization sandbox listening");
  if (config.SANDBOX_SEED_DEMO) {
    console.log(`\n  Digitization sandbox: http://localhost:${port}/digitization/v1/batch`);
    for (const c of SANDBOX_DEMO_CLIENTS) console.log(`  demo key for ${c.clientName}: ${c.key}`);
    console.log(`  pace ${config.SANDBOX_RECORDS_PER_SECOND} records/s after ${config.SANDBOX_START_DELAY_MS} ms; see docs/sandbox.md\n`);
  }
  console.log(`SANDBOX_READY ${port}`);
});

// A signal and the launcher's pipe closing may both ask; the first one stops it.
let stopping: Promise<void> | null = null;
function shutdown() {
  stopping ??= (async () => {
    server.close();
    await processor.stop();
    await database.close();
    process.exit(0);
  })();
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
// The launcher (the portal) holds our stdin: when it dies, even by kill -9, stdin ends and the
// sandbox goes with it instead of living on as an orphan holding the port.
if (process.env.SANDBOX_EXIT_WITH_PARENT === "true") {
  process.stdin.on("end", shutdown).resume();
}
