import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";

// Integration tests run on PostgreSQL, the portal's one engine: the server at TEST_DATABASE_URL
// when given, else the embedded one Vitest's global setup started for the run
// (test/postgres-global-setup.ts). Each test creates its own database on it.
function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests through Vitest (its global setup starts an embedded PostgreSQL) or point it at a server");
  return url;
}

export type DatabaseTarget = { freshUrl(): Promise<string> };

export const postgresTarget: DatabaseTarget = {
  async freshUrl() {
    const name = `pm_test_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect().catch((error: Error) => {
      throw new Error(`PostgreSQL is not reachable at TEST_DATABASE_URL (${error.message})`);
    });
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    return url.toString();
  },
};

/** One target since PGlite went (#12); kept a list so every `describe.each` stays as it was. */
export function databaseTargets(): [string, DatabaseTarget][] {
  return [["PostgreSQL", postgresTarget]];
}

/** A fresh, migrated database on the given target. */
export async function openTestDatabase(target: DatabaseTarget): Promise<Database> {
  const database = await openDatabase({ url: await target.freshUrl() });
  await applyMigrations(database.sql);
  return database;
}
