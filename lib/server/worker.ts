// A worker process (`npm run worker`): runs the background jobs and serves no HTTP, for an
// operator who runs `npm run serve` with PORTAL_PROCESS=web beside it. Any number may run.
import { startEmbeddedPostgresUnlessConfigured } from "../db/start-default-database";

process.env.PORTAL_PROCESS = "worker";
try {
  await startEmbeddedPostgresUnlessConfigured();
} catch (error) {
  console.error(`\nThe embedded PostgreSQL could not start: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
// After DATABASE_URL is known: the configuration is read once, on first use.
const { startWorker } = await import("./start-worker");
await startWorker();
