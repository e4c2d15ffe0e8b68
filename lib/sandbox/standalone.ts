// The sandbox on its own: `npx tsx --conditions=react-server lib/sandbox/standalone.ts`.
// A node:http server on SANDBOX_PORT (3100) serving the same handlers as the portal's routes,
// with DATABASE_URL or else its own embedded PostgreSQL (data in SANDBOX_DATA_DIR, default
// <DATA_DIR>/sandbox, apart from the portal's), and its own record processor.
import path from "node:path";
import { z } from "zod";
import { getEnv } from "@/lib/config/env";
import { applyMigrations } from "@/lib/db/migrate";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { openDatabase } from "@/lib/db/open-database";
import { logger } from "@/lib/log/logger";
import { createRateLimiter } from "./http/rate-limiter";
import { createSandboxServer } from "./http/node-server";
import { createSandboxHandlers } from "./http/sandbox-handlers";
import { SANDBOX_DEMO_CLIENTS, seedSandboxDemo } from "./keys/seed-sandbox-demo";
import { startSandboxProcessor } from "./processing/start-sandbox-processor";
import { syntheticRegistry } from "./registry/synthetic-registry";

const local = z
  .object({
    SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
    SANDBOX_DATA_DIR: z.string().min(1).optional(),
    SANDBOX_SEED_DEMO: z.enum(["true", "false"]).optional(),
  })
  .parse(process.env);
// The standalone sandbox holds no portal secrets: parse the SANDBOX_* settings as the demo does.
const env = getEnv({ ...process.env, PORTAL_MODE: "demo" });
const dataDir = local.SANDBOX_DATA_DIR ?? path.join(env.DATA_DIR, "sandbox");

const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(dataDir, "sandbox");
// On every exit, after shutdown() closed the pool; a kill -9 leaves it for the next start to reuse.
process.on("exit", () => embedded?.stopSync());
const database = await openDatabase({ url: env.DATABASE_URL ?? embedded!.url });
await applyMigrations(database.sql);
// Demo keys go into the sandbox's own database by default, never into a separate PostgreSQL unasked.
if (local.SANDBOX_SEED_DEMO === "true" || (local.SANDBOX_SEED_DEMO === undefined && !env.DATABASE_URL)) await seedSandboxDemo(database.prisma);

const handlers = createSandboxHandlers({
  prisma: async () => database.prisma,
  enabled: () => true,
  dialect: () => env.SANDBOX_DIALECT,
  limiter: createRateLimiter(25),
  registry: syntheticRegistry,
  now: () => new Date(),
  maxUploadBytes: () => env.UPLOAD_MAX_BYTES,
});
const processor = startSandboxProcessor({ prisma: database.prisma, recordsPerSecond: env.SANDBOX_RECORDS_PER_SECOND, startDelayMs: env.SANDBOX_START_DELAY_MS });

const server = createSandboxServer(handlers);
// 1,000,000-row uploads take a while; Node's default 5-minute request timeout stays as the bound.
server.listen(local.SANDBOX_PORT, () => {
  logger.info({ port: local.SANDBOX_PORT, database: embedded ? "embedded" : "DATABASE_URL", dialect: env.SANDBOX_DIALECT }, "Digitization sandbox listening");
  console.log(`\n  Digitization sandbox: http://localhost:${local.SANDBOX_PORT}/digitization/v1/batch`);
  if (!env.DATABASE_URL || local.SANDBOX_SEED_DEMO === "true") {
    for (const c of SANDBOX_DEMO_CLIENTS) console.log(`  demo key for ${c.clientName}: ${c.key}`);
  }
  console.log(`  pace ${env.SANDBOX_RECORDS_PER_SECOND} records/s after ${env.SANDBOX_START_DELAY_MS} ms; see docs/sandbox.md\n`);
});

async function shutdown() {
  server.close();
  await processor.stop();
  await database.close();
  process.exit(0);
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
