import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { SqlRunner } from "./migrate";

export type Database = {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** Raw multi-statement SQL, for migrations and test setup only. */
  sql: SqlRunner;
  close(): Promise<void>;
};

/** PostgreSQL when a URL is given, otherwise PGlite persisted in `dataDir`. Only the connection differs. */
export async function openDatabase(opts: { url?: string | undefined; dataDir: string }): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const sql: SqlRunner = {
      exec: async (text) => void (await pool.query(text)),
      rows: async (text, params) => (await pool.query(text, params)).rows,
    };
    return { kind: "postgres", prisma, sql, close: async () => { await prisma.$disconnect(); await pool.end(); } };
  }
  const folder = path.resolve(opts.dataDir, "pglite");
  await mkdir(folder, { recursive: true });
  const pglite = new PGlite(folder);
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql: SqlRunner = {
    exec: async (text) => void (await pglite.exec(text)),
    rows: async <T,>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
  };
  return { kind: "pglite", prisma, sql, close: async () => { await prisma.$disconnect(); await pglite.close(); } };
}
