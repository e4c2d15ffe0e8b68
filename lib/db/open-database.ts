import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { SqlRunner } from "./migrate";

export type Database = {
  prisma: PrismaClient;
  /** Raw multi-statement SQL, for migrations and test setup only. */
  sql: SqlRunner;
  close(): Promise<void>;
};

/** A pool on the PostgreSQL at `url` (the embedded one's URL on the embedded default). */
export async function openDatabase(opts: { url: string }): Promise<Database> {
  const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
  // A burst (twenty approvers at once, each locking the same request) waits for one of the ten
  // connections instead of failing after Prisma's default 2 s; past this, the route answers 503.
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000 } });
  const sql: SqlRunner = {
    exec: async (text) => void (await pool.query(text)),
    rows: async (text, params) => (await pool.query(text, params)).rows,
  };
  return { prisma, sql, close: async () => { await prisma.$disconnect(); await pool.end(); } };
}
