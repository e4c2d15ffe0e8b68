import "server-only";
import { ConfigError, getEnv } from "@/lib/config/env";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { closeJobQueue } from "@/lib/jobs/job-queue";
import { startJobs } from "@/lib/jobs/start-jobs";
import { logger } from "@/lib/log/logger";
import { exitOnSignal } from "./exit-on-signal";

/** A worker process's life: configuration, migrated database, job workers until a signal. */
export async function startWorker(): Promise<void> {
  try {
    getEnv();
    await getDatabase();
    await startJobs();
  } catch (error) {
    const why = error instanceof ConfigError ? `${error.message}\nSee README.md, "Settings".` : error instanceof Error ? error.message : String(error);
    console.error(`\nThe worker could not start: ${why}\n`);
    process.exit(1);
  }
  logger.info("job worker ready");
  exitOnSignal(async () => {
    await closeJobQueue();
    await closeDatabase();
  });
}
