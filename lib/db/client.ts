import "server-only";
import { getEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { applyMigrations } from "./migrate";
import { openDatabase, type Database } from "./open-database";

// One database per process, shared by every route and background job. It lives on globalThis
// because PGlite is single-connection: a second module instance (dev reloads, separately
// bundled entries) must reuse it, never open the data folder again.
const KEY = Symbol.for("population-migration.database");
type Holder = { [KEY]?: Promise<Database> };

async function open(): Promise<Database> {
  const env = getEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const applied = await applyMigrations(database.sql);
  if (applied.length) logger.info({ applied, kind: database.kind }, "database migrations applied");
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
