import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { forgetEnv } from "@/lib/config/env";
import { closeDatabase, db } from "@/lib/db/client";
import { closeJobQueue } from "@/lib/jobs/job-queue";
import type { DatabaseTarget } from "./database-targets";

/**
 * Points the portal's own database (lib/db/client) at a fresh database of the target engine
 * (and its pg-boss) for one describe block, so use cases can be tested exactly as the routes call them.
 */
export function usePortalDatabase(target: DatabaseTarget) {
  beforeAll(async () => {
    await closeJobQueue(1_000);
    await closeDatabase();
    const url = await target.freshUrl();
    process.env.DATA_DIR = await mkdtemp(path.join(tmpdir(), "pm-portal-"));
    process.env.DATABASE_URL = url;
    process.env.PORTAL_MODE = "demo";
    forgetEnv();
    await db();
  });
  afterAll(async () => {
    await closeJobQueue(1_000);
    await closeDatabase();
    delete process.env.DATABASE_URL;
    forgetEnv();
  });
}
