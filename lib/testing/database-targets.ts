import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";

// Integration tests run against both engines the portal supports. PostgreSQL is the local
// server CI starts (.ci/run); point TEST_DATABASE_URL elsewhere to use another.
const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";

export type DatabaseTarget = { freshUrl(): Promise<string | undefined> };

const pglite: DatabaseTarget = { freshUrl: async () => undefined };

const postgres: DatabaseTarget = {
  async freshUrl() {
    const name = `pm_test_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect().catch((error: Error) => {
      throw new Error(`PostgreSQL is not reachable at TEST_DATABASE_URL (${error.message}); start it with: pg_ctlcluster 15 main start`);
    });
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  },
};

export function databaseTargets(): [string, DatabaseTarget][] {
  return [["PGlite", pglite], ["PostgreSQL", postgres]];
}

/** A fresh, migrated database on the given target. */
export async function openTestDatabase(target: DatabaseTarget): Promise<Database> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pm-test-"));
  const database = await openDatabase({ url: await target.freshUrl(), dataDir });
  await applyMigrations(database.sql);
  return database;
}
