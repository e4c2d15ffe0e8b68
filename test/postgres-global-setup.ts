import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

// Vitest's global setup: without TEST_DATABASE_URL, one embedded PostgreSQL for the whole run,
// in a temporary folder removed afterwards. Workers inherit the URL through the environment.
export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = await mkdtemp(path.join(tmpdir(), "pm-vitest-pg-"));
  // Run as root, the server runs as the postgres user, which must reach DIR/pg.
  await chmod(dir, 0o755);
  const embedded = await startEmbeddedPostgres(dir, "postgres");
  process.env.TEST_DATABASE_URL = embedded.url;
  return async () => {
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
