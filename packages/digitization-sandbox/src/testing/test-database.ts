import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../db/open-database";

// Integration tests: a fresh database per test file on the PostgreSQL at TEST_DATABASE_URL (an
// admin URL; the root Vitest run's global setup starts an embedded one when it is not given).
export async function openTestDatabase(): Promise<Database> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error("TEST_DATABASE_URL is not set: run the tests through the root Vitest (its global setup starts PostgreSQL) or point it at a server");
  const name = `sandbox_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return openDatabase(url.toString());
}
