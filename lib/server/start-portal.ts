import "server-only";
import { ConfigError, getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemo } from "@/lib/db/seed-demo";
import { closeJobQueue } from "@/lib/jobs/job-queue";
import { startJobs } from "@/lib/jobs/start-jobs";
import { exitOnSignal } from "./exit-on-signal";
import { logger } from "@/lib/log/logger";
import { syncEverySandboxClient } from "@/lib/api-keys/sync-sandbox-keys";

/** Runs once per server process (instrumentation.ts): configuration, database, demo data, background work. */
export async function startPortal(): Promise<void> {
  // A portal that cannot start must not half-serve: say why and exit.
  await start().catch((error) => {
    console.error("\nThe portal could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

async function start(): Promise<void> {
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\nSee README.md, "Settings".\n`);
      process.exit(1);
    }
    throw error;
  }
  const database = await getDatabase();
  logger.info({ mode: env.mode }, "database ready");
  if (env.mode === "demo") {
    const { encryptionKey } = await loadSecrets(env);
    if (await seedDemo(database.prisma, encryptionKey)) logger.info("demo organizations and users seeded");
    // The sandbox plays the platform that issued the keys; idempotent on every start. A failure
    // is logged and left to the next key or organization change to repair.
    if (env.sandboxAdmin) await syncEverySandboxClient().catch((error: Error) => logger.warn({ err: { name: error.name } }, "sandbox keys not synced at start"));
    console.warn(`\n  DEMO MODE — demo accounts (admin@kyc.example, uploader@alpha.example, approver@alpha.example,\n  uploader@beta.example, approver@beta.example) all use the password ${DEMO_PASSWORD}.\n  Change them before anyone else can reach this portal.\n`);
  }
  await startJobs(); // workers too unless PORTAL_PROCESS=web
  exitOnSignal(async () => {
    await closeJobQueue();
    await closeDatabase();
  });
}
