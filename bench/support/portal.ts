import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { PortalProcess } from "../../e2e/chaos/portal-process";
import { pidsOf } from "../../e2e/scale-out/process-ids";
import { freshDataDir } from "../../e2e/support/fresh-data-dir";

// "embedded PostgreSQL": the portal's default, started by the portal itself in its DATA_DIR.
// "separate PostgreSQL": DATABASE_URL given, as in production (TEST_DATABASE_URL's server, or
// else an embedded one started here to stand in for it).
export type Engine = "embedded PostgreSQL" | "separate PostgreSQL";
export type Sql = { query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> };

export type BenchPortal = {
  engine: Engine;
  base: string;
  /** The Digitization sandbox the portal launched (its own process), for direct calls. */
  sandboxBase: string;
  /** The server process (for its memory). */
  pid(): Promise<number>;
  /** Raw SQL on the portal's database, beside the running portal. */
  withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
};

/**
 * A production server (`npm run serve`, the build in .next) on a fresh database of the engine,
 * with its own DATA_DIR and the sandbox (its own process, launched by the portal on the next
 * port, its database beside the portal's) at full pace, as the issue asks of the benchmarks.
 */
export async function startBenchPortal(engine: Engine, port: number): Promise<BenchPortal> {
  const dataDir = `.data/bench-${engine.split(" ")[0]}`;
  await freshDataDir(dataDir);
  const separate = engine === "separate PostgreSQL" ? await separateDatabase() : null;
  const marker = `bench-${randomBytes(4).toString("hex")}`;
  const portal = new PortalProcess(port, {
    DATA_DIR: dataDir,
    PORTAL_MODE: "demo",
    ...(separate ? { DATABASE_URL: separate.url, SANDBOX_DATABASE_URL: separate.sandboxUrl } : {}),
    SANDBOX_START_DELAY_MS: "0",
    SANDBOX_RECORDS_PER_SECOND: "1000000",
    STATUS_FIRST_POLL_DELAY_MS: "0",
    // The background refresh is the only reader of batch status: poll it often here.
    STATUS_POLL_INTERVAL_MS: "500",
    JOB_POLL_INTERVAL_MS: "500",
    UPLOADS_PER_USER_PER_HOUR: "10000",
    LOG_LEVEL: "warn",
    PM_INSTANCE: marker,
  });
  await portal.start();
  // The embedded server the portal started: found through its folder, left to the portal to stop.
  const url = separate?.url ?? (await startEmbeddedPostgres(dataDir)).url;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    engine,
    base: portal.baseURL,
    sandboxBase: `http://127.0.0.1:${port + 1}`,
    async pid() {
      const pids = await pidsOf(marker);
      if (pids.length !== 1) throw new Error(`expected one server process, found ${pids.length}`);
      return pids[0]!;
    },
    withSql: (work) => work({ query: async (text, params) => (await pool.query(text, params)).rows }),
    async stop() {
      await pool.end();
      await portal.kill("SIGTERM");
      await separate?.drop();
    },
  };
}

async function separateDatabase(): Promise<{ url: string; sandboxUrl: string; drop(): Promise<void> }> {
  const standIn = process.env.TEST_DATABASE_URL ? null : await freshDataDir(".data/bench-server").then(() => startEmbeddedPostgres(".data/bench-server", "postgres"));
  const adminUrl = process.env.TEST_DATABASE_URL ?? standIn!.url;
  const name = `pm_bench_${randomBytes(5).toString("hex")}`;
  await sql(adminUrl, `CREATE DATABASE ${name}`);
  await sql(adminUrl, `CREATE DATABASE ${name}_sandbox`);
  return {
    url: Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString(),
    sandboxUrl: Object.assign(new URL(adminUrl), { pathname: `/${name}_sandbox` }).toString(),
    async drop() {
      await sql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql(adminUrl, `DROP DATABASE IF EXISTS ${name}_sandbox WITH (FORCE)`);
      await standIn?.stop();
    },
  };
}

async function sql(url: string, text: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}
