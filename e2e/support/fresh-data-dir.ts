import { rm } from "node:fs/promises";
import { stopEmbeddedPostgres } from "@/lib/db/embedded-postgres";

// A test run starts on an empty DATA_DIR. A previous run's embedded PostgreSQL may still run on
// it (a run stopped half-way, a SIGKILLed portal): stop it first, or its files would be deleted
// under a live server. `node --import tsx e2e/support/fresh-data-dir.ts <dir>...` from a shell.
export async function freshDataDir(dir: string) {
  if (await stopEmbeddedPostgres(dir)) console.log(`Stopped the embedded PostgreSQL left running on ${dir}`);
  await rm(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) for (const dir of process.argv.slice(2)) await freshDataDir(dir);
