import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, migrationsDir } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { databaseTargets } from "@/lib/testing/database-targets";
import { refreshBatchStatusJob } from "./jobs/refresh-batch-status-job";

const MIGRATION = "20261127173440_batch_progress";

/** prisma/migrations up to (not including) the batch_progress migration, in a folder of their own. */
async function migrationsBefore(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pm-migrations-"));
  for (const entry of await readdir(migrationsDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < MIGRATION) await cp(path.join(migrationsDir, entry.name), path.join(dir, entry.name), { recursive: true });
  }
  return dir;
}

describe.each(databaseTargets())("the batch_progress migration on %s", (_name, target) => {
  let database: Database | undefined;
  afterEach(async () => database?.close());

  it("re-queues the status job of requests submitted before it (finished, failed or missing), leaving others alone", async () => {
    database = await openDatabase({ url: await target.freshUrl() });
    await applyMigrations(database.sql, await migrationsBefore());
    const prisma = database.prisma;
    const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}` } });
    const user = await prisma.user.create({ data: { email: `${randomUUID()}@x.example`, name: "U", roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x" } });
    // Raw SQL: this Prisma client already knows the columns the migration under test adds.
    const request = async (submitted: boolean) => {
      const id = randomUUID();
      await prisma.$executeRawUnsafe(
        `INSERT INTO "MigrationRequest" ("id", "organizationId", "uploadedById", "fileName", "fileSize", "sha256", "status", "batchId", "submittedAt", "updatedAt")
         VALUES ($1::uuid, $2::uuid, $3::uuid, 'f.csv', 1, $4, $5::"RequestStatus", $6::uuid, $7, now())`,
        id, org.id, user.id, randomUUID(), submitted ? "SUBMITTED" : "PENDING_APPROVAL", submitted ? randomUUID() : null, submitted ? new Date() : null,
      );
      return { id };
    };
    const [done, failed, running, noJob, notSubmitted] = await Promise.all([request(true), request(true), request(true), request(true), request(false)]);
    const job = (key: string, status: "DONE" | "FAILED" | "RUNNING") =>
      prisma.job.create({ data: { name: refreshBatchStatusJob.name, key, payload: { requestId: key }, status, attempts: 8, lastError: status === "FAILED" ? "unavailable" : null } });
    await job(done.id, "DONE");
    await job(failed.id, "FAILED");
    await job(running.id, "RUNNING");

    await applyMigrations(database.sql);

    const jobs = await prisma.job.findMany({ where: { name: refreshBatchStatusJob.name } });
    const byKey = new Map(jobs.map((j) => [j.key, j]));
    for (const id of [done.id, failed.id, noJob.id]) {
      expect(byKey.get(id), id).toMatchObject({ status: "QUEUED", attempts: 0, lastError: null, payload: { requestId: id }, maxAttempts: refreshBatchStatusJob.maxAttempts });
      expect(refreshBatchStatusJob.payload.safeParse(byKey.get(id)!.payload).success).toBe(true);
    }
    expect(byKey.get(running.id)).toMatchObject({ status: "RUNNING", attempts: 8 });
    expect(byKey.has(notSubmitted.id)).toBe(false);
    expect(jobs).toHaveLength(4);
  }, 120_000);
});
