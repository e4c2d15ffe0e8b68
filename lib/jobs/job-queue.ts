import "server-only";
import { PgBoss } from "pg-boss";
import { getEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import type { JobDefinition } from "./define-job";

/** pg-boss keeps its tables in this schema of the portal's database. */
export const JOB_SCHEMA = "pgboss";

type JobQueue = {
  boss: PgBoss;
  /** Creates (or brings up to date) the queue of a job; idempotent, once per process per job. */
  ensure(job: JobDefinition): Promise<void>;
};

// One pg-boss per process, like the database pool (lib/db/client.ts), and on globalThis for the
// same reason: a second module instance must not start a second one.
const KEY = Symbol.for("population-migration.job-queue");
type Holder = { [KEY]?: Promise<JobQueue> };

async function open(): Promise<JobQueue> {
  const env = getEnv();
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the job queue lives in the portal's database");
  // Web-only processes send jobs but leave the queue's upkeep (expiry, lost heartbeats, cron) to workers.
  const works = env.PORTAL_PROCESS !== "web";
  // A job whose heartbeat stops is failed (and retried elsewhere) at the next check after it went
  // stale: checking twice per heartbeat bounds that wait to 1.5 heartbeats.
  const checkEverySeconds = Math.max(1, Math.floor(env.JOB_HEARTBEAT_SECONDS / 2));
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: JOB_SCHEMA,
    application_name: "portal-jobs",
    max: 4,
    supervise: works,
    schedule: works,
    superviseIntervalSeconds: checkEverySeconds,
    monitorIntervalSeconds: checkEverySeconds,
    // The registry (pgboss.instance: pid, jobs in hand) as fresh as the checks.
    instanceHeartbeatSeconds: checkEverySeconds,
  });
  // pg-boss's own errors (a lost connection, a failed maintenance pass) name no job data.
  boss.on("error", (error: Error) => logger.error({ error: error.message }, "job queue error"));
  await boss.start();
  const ensured = new Map<string, Promise<void>>();
  return {
    boss,
    ensure(job) {
      let pending = ensured.get(job.name);
      if (!pending) {
        pending = createQueue(boss, job, env.JOB_HEARTBEAT_SECONDS);
        pending.catch(() => ensured.delete(job.name));
        ensured.set(job.name, pending);
      }
      return pending;
    },
  };
}

async function createQueue(boss: PgBoss, job: JobDefinition, heartbeatSeconds: number) {
  const options = {
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
    ...(job.retry.maxDelaySeconds === undefined ? {} : { retryDelayMax: job.retry.maxDelaySeconds }),
    expireInSeconds: job.expireInSeconds,
    heartbeatSeconds,
  };
  // `stately`: per key (a request id) at most one job waiting and one running. A second send
  // while one waits is dropped, so an approval raced twenty ways still queues one submission;
  // a running job's follow-up (polling) is accepted, since it waits while the current one runs.
  await boss.createQueue(job.name, { policy: "stately", ...options });
  // createQueue leaves an existing queue as it was: bring its options up to this release's.
  await boss.updateQueue(job.name, options);
}

/** The started queue. */
export function jobQueue(): Promise<JobQueue> {
  const holder = globalThis as Holder;
  holder[KEY] ??= open().catch((error) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

/**
 * Stops fetching, lets running jobs finish for up to `graceMs`, then fails them (pg-boss retries
 * each with its backoff: a job cut off is redone, they are idempotent) and aborts their signals,
 * waits for their handlers to return and closes the queue's pool. The grace is short on purpose:
 * a submission streaming a large file would take minutes, and a SIGTERM must end the process in
 * seconds (lib/server/exit-on-signal.ts).
 */
export async function closeJobQueue(graceMs = 2_000) {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  delete holder[KEY];
  if (pending) await (await pending).boss.stop({ graceful: true, timeout: graceMs });
}
