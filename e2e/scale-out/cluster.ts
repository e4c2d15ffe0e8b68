import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { ensureDatabase, startSandboxProcess, type SandboxProcess } from "@/lib/server/sandbox-process";
import { startS3rver, type S3StandIn } from "@/lib/storage/testing/start-s3rver";
import { PortalProcess } from "../chaos/portal-process";
import { freshDataDir } from "../support/fresh-data-dir";
import { pidsOf } from "./process-ids";

// Two portal processes (the production build) on one PostgreSQL database and one S3 bucket
// (s3rver), each with its own empty DATA_DIR, and ONE Digitization sandbox process (its own
// database on the same server) that both call: whatever they share, they share through those.
// The PostgreSQL is TEST_DATABASE_URL's, or else an embedded one started here for the cluster:
// to the instances it is a separate server either way (they are given DATABASE_URL).
const SERVER_DIR = ".data/scale-out-pg";

async function postgresServer(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) return { adminUrl: process.env.TEST_DATABASE_URL, stop: async () => {} };
  await freshDataDir(SERVER_DIR);
  const embedded = await startEmbeddedPostgres(SERVER_DIR, "postgres");
  return { adminUrl: embedded.url, stop: () => embedded.stop() };
}

export type Instance = { name: string; portal: PortalProcess; dataDir: string; pids(): Promise<number[]> };
/** One sandbox batch per request id (the Idempotency-Key the portal sends), with its records' outcomes. */
export type SandboxBatchCheck = { id: string; batchId: string; batches: number; outcomes: number; processed: number; counted: number; total: number };
export type ClusterSandbox = {
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
  /** Again on the same port, database and admin secret. */
  start(): Promise<void>;
  batchesOf(requestIds: string[]): Promise<SandboxBatchCheck[]>;
};
export type Cluster = { a: Instance; b: Instance; s3: S3StandIn; sql: pg.Pool; sandbox: ClusterSandbox; stop(): Promise<void> };

const BATCHES_OF = `SELECT b.idempotency_key AS id, b.id::text AS "batchId",
    count(*) OVER (PARTITION BY b.idempotency_key)::int AS batches,
    (SELECT count(*)::int FROM sandbox_record_outcome o WHERE o.batch_id = b.id) AS outcomes,
    b.processed_records AS processed, b.successful_records + b.failed_records AS counted, b.total_records AS total
  FROM sandbox_batch b WHERE b.idempotency_key = ANY($1::text[]) ORDER BY b.idempotency_key`;

/** The first of the ports the scale-out specs use (each spec takes two, ten apart); SCALE_OUT_PORT moves them. */
export const SCALE_OUT_PORT = Number(process.env.SCALE_OUT_PORT ?? 3331);

export async function startCluster(ports: [number, number], settings: Record<string, string> = {}): Promise<Cluster> {
  const server = await postgresServer();
  const { adminUrl } = server;
  const database = `pm_scale_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  const s3 = await startS3rver();
  // The sandbox's settings go to the sandbox, the rest to the portals.
  const sandboxSettings = Object.fromEntries(Object.entries({ SANDBOX_START_DELAY_MS: "0", SANDBOX_RECORDS_PER_SECOND: "2000", ...settings }).filter(([k]) => k.startsWith("SANDBOX_")));
  const portalSettings = Object.fromEntries(Object.entries(settings).filter(([k]) => !k.startsWith("SANDBOX_")));
  const sandboxDatabase = await ensureDatabase(adminUrl, `${database}_sandbox`);
  const sandboxPort = ports[1] + 1;
  const launch = (adminSecret?: string) => startSandboxProcess({ databaseUrl: sandboxDatabase, port: sandboxPort, settings: { ...sandboxSettings, LOG_LEVEL: "warn" }, ...(adminSecret ? { adminSecret } : {}) });
  let sandboxProcess: SandboxProcess = await launch();
  const sandboxSql = new pg.Pool({ connectionString: sandboxDatabase, max: 2 });
  const shared = {
    DATABASE_URL: url,
    // The demo seed gives the tests their users and sandbox keys; the secrets are shared, as in production.
    PORTAL_MODE: "demo",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    ...s3.settings,
    // The instances call the one sandbox started here, and launch none of their own.
    SANDBOX_ENABLED: "false",
    DIGITIZATION_API_BASE_URL: sandboxProcess.baseUrl,
    SANDBOX_ADMIN_URL: sandboxProcess.baseUrl,
    SANDBOX_ADMIN_SECRET: sandboxProcess.adminSecret,
    STATUS_FIRST_POLL_DELAY_MS: "0",
    // The background refresh is the only reader of batch status: poll it often here.
    STATUS_POLL_INTERVAL_MS: "500",
    JOB_POLL_INTERVAL_MS: "500",
    // pg-boss's smallest heartbeat: a killed instance's job is handed over within about 15 s.
    JOB_HEARTBEAT_SECONDS: "10",
    // info: the instance-killed spec finds the instance running a job by its "job attempt started" line.
    LOG_LEVEL: "info",
    ...portalSettings,
  };
  const instance = (name: string, port: number): Instance => {
    const dataDir = `.data/scale-out-${name}`;
    const marker = `${name}-${randomBytes(4).toString("hex")}`;
    return { name, dataDir, portal: new PortalProcess(port, { ...shared, DATA_DIR: dataDir, PM_INSTANCE: marker }), pids: () => pidsOf(marker) };
  };
  const a = instance("a", ports[0]);
  const b = instance("b", ports[1]);
  const sql = new pg.Pool({ connectionString: url, max: 2 });
  for (const i of [a, b]) await rm(i.dataDir, { recursive: true, force: true });
  // One after the other, as a rolling deployment would: the first applies migrations and seeds.
  await a.portal.start();
  await b.portal.start();
  const sandbox: ClusterSandbox = {
    async kill() {
      process.kill(sandboxProcess.pid, "SIGKILL");
      await sandboxProcess.stop();
    },
    async start() {
      sandboxProcess = await launch(sandboxProcess.adminSecret);
    },
    batchesOf: async (requestIds) => (await sandboxSql.query<SandboxBatchCheck>(BATCHES_OF, [requestIds])).rows,
  };
  return {
    a, b, s3, sql, sandbox,
    async stop() {
      await Promise.all([a.portal.kill("SIGTERM"), b.portal.kill("SIGTERM")]);
      await sandboxProcess.stop();
      await Promise.all([sql.end(), sandboxSql.end()]);
      await s3.stop();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await drop.query(`DROP DATABASE IF EXISTS ${database}_sandbox WITH (FORCE)`);
      await drop.end();
      await server.stop();
    },
  };
}
