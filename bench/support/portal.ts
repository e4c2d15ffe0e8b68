import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PortalProcess } from "../../e2e/chaos/portal-process";
import { pidsOf } from "../../e2e/scale-out/process-ids";

export type Engine = "PGlite" | "PostgreSQL";
export type Sql = { query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> };

export type BenchPortal = {
  engine: Engine;
  base: string;
  /** The server process (for its memory). */
  pid(): Promise<number>;
  /** Raw SQL on the portal's database. PGlite is single-process: the portal is stopped meanwhile. */
  withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
};

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";

/**
 * A production server (`npm run serve`, the build in .next) on a fresh database of the engine,
 * with its own DATA_DIR and the sandbox at full pace, as the issue asks of the benchmarks.
 */
export async function startBenchPortal(engine: Engine, port: number): Promise<BenchPortal> {
  const dataDir = `.data/bench-${engine.toLowerCase()}`;
  await rm(dataDir, { recursive: true, force: true });
  const url = engine === "PostgreSQL" ? await createDatabase() : undefined;
  const marker = `bench-${randomBytes(4).toString("hex")}`;
  const portal = new PortalProcess(port, {
    DATA_DIR: dataDir,
    PORTAL_MODE: "demo",
    ...(url ? { DATABASE_URL: url } : {}),
    SANDBOX_START_DELAY_MS: "0",
    SANDBOX_RECORDS_PER_SECOND: "1000000",
    STATUS_FIRST_POLL_DELAY_MS: "0",
    // The background refresh is the only reader of batch status: poll it often here.
    STATUS_POLL_INTERVAL_MS: "500",
    JOB_POLL_INTERVAL_MS: "200",
    UPLOADS_PER_USER_PER_HOUR: "10000",
    LOG_LEVEL: "warn",
    PM_INSTANCE: marker,
  });
  await portal.start();
  const pool = url ? new pg.Pool({ connectionString: url, max: 2 }) : null;
  return {
    engine,
    base: portal.baseURL,
    async pid() {
      const pids = await pidsOf(marker);
      if (pids.length !== 1) throw new Error(`expected one server process, found ${pids.length}`);
      return pids[0]!;
    },
    async withSql(work) {
      if (pool) return work({ query: async (text, params) => (await pool.query(text, params)).rows });
      await portal.kill("SIGTERM");
      const pglite = new PGlite(path.resolve(dataDir, "pglite"));
      try {
        return await work({ query: async <T,>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows });
      } finally {
        await pglite.close();
        await portal.start();
      }
    },
    async stop() {
      await portal.kill("SIGTERM");
      await pool?.end();
      if (url) await dropDatabase(url);
    },
  };
}

async function createDatabase(): Promise<string> {
  const name = `pm_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
}

async function dropDatabase(url: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  await admin.end();
}
