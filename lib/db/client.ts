import "server-only";
import { getEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { applyMigrations } from "./migrate";
import { openDatabase, type Database } from "./open-database";

// One pool per process, shared by every route and background job. It lives on globalThis so a
// second module instance (dev reloads, separately bundled entries) reuses it rather than
// opening another pool and running the migrations again.
const KEY = Symbol.for("population-migration.database");
type Holder = { [KEY]?: Promise<Database> };

async function open(): Promise<Database> {
  const env = getEnv();
  // The embedded default's server is started, and DATABASE_URL set, by whoever starts the
  // process (lib/server/serve.ts, the scripts through lib/db/start-default-database.ts).
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the portal with `npm run serve` (it starts the embedded PostgreSQL) or set DATABASE_URL");
  const database = await openDatabase({ url: env.DATABASE_URL });
  const applied = await applyMigrations(database.sql);
  if (applied.length) logger.info({ applied }, "database migrations applied");
  return database;
}

/** The opened, migrated database. */
export function getDatabase(): Promise<Database> {
  const holder = globalThis as Holder;
  holder[KEY] ??= open().catch((error) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

/** The Prisma client; `const prisma = await db()`. */
export async function db() {
  return (await getDatabase()).prisma;
}

export async function closeDatabase() {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  delete holder[KEY];
  if (pending) await (await pending).close();
}
