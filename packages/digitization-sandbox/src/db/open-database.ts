import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { logger } from "../log";
import { applyMigrations, type SqlRunner } from "./migrate";

export type Database = {
  prisma: PrismaClient;
  /** The pool under `prisma`, for what Prisma cannot do: a submit's COPY of its rows. */
  pool: pg.Pool;
  /** Raw multi-statement SQL, for migrations and test setup only. */
  sql: SqlRunner;
  close(): Promise<void>;
};

/** A pool on the sandbox's own database, migrated to the package's schema. */
export async function openDatabase(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, the embedded server stopping first) is
  // replaced on next use; without a listener the event would end the process.
  pool.on("error", (error) => logger.warn({ err: { name: error.name, code: (error as { code?: string }).code } }, "sandbox database connection lost"));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sql: SqlRunner = {
    exec: async (text) => void (await pool.query(text)),
    rows: async (text, params) => (await pool.query(text, params)).rows,
  };
  const database = { prisma, pool, sql, close: async () => { await prisma.$disconnect(); await pool.end(); } };
  try {
    await applyMigrations(sql);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
