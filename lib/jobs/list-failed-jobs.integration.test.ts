import { createHash, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { forgetEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { submitRequestJob } from "@/lib/requests/jobs/submit-request-job";
import { retrySubmission } from "@/lib/requests/retry-submission";
import { saveEncrypted } from "@/lib/storage/stored-files";
import { databaseTargets } from "@/test/database-targets";
import { jobsOf } from "@/test/queued-jobs";
import { usePortalDatabase } from "@/test/use-portal-database";
import { enqueueJob } from "./enqueue-job";
import { jobQueue } from "./job-queue";
import { listFailedJobs } from "./list-failed-jobs";
import { startJobWorkers } from "./work-jobs";

const APPROVED = "customer_id,eid_number\n";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
async function* bytes(text: string) {
  yield Buffer.from(text);
}

async function actor(roles: Role[], organizationId: string): Promise<Actor> {
  const email = `${randomUUID()}@x.example`;
  const user = await (await db()).user.create({ data: { email, name: "U", roles, organizationId, passwordHash: "x" } });
  return { id: user.id, email, name: "U", roles, organizationId, organizationName: "Org", permissions: permissionsOf(roles), mustChangePassword: false };
}

/** An approved request whose stored file was altered after approval: its submission fails for good at once. */
async function tamperedRequest(uploader: Actor) {
  const id = randomUUID();
  const approved = `${APPROVED}${id}\n`; // one active file per content and organization
  await saveEncrypted(id, bytes(`${approved}tampered\n`));
  await (await db()).migrationRequest.create({
    data: { id, organizationId: uploader.organizationId!, uploadedById: uploader.id, fileName: "f.csv", fileSize: 10n, sha256: sha(approved), status: "APPROVED", storageKey: id, approvedSha256: sha(approved) },
  });
  await (await db()).$transaction((tx) => enqueueJob(tx, submitRequestJob, id, { requestId: id }));
  return id;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await sleep(100);
  }
}

describe.each(databaseTargets().slice(0, 1))("failed jobs for administrators (%s)", (_name, target) => {
  beforeAll(() => {
    process.env.JOB_POLL_INTERVAL_MS = "500";
    forgetEnv();
  });
  usePortalDatabase(target);
  afterAll(() => {
    delete process.env.JOB_POLL_INTERVAL_MS;
  });

  it("lists a submission that failed for good, newest first, with its request, attempts and message only; an approver can retry it", async () => {
    expect(await listFailedJobs({ page: 1, pageSize: 25 })).toEqual({ jobs: [], total: 0, page: 1, pageSize: 25 });
    const org = await (await db()).organization.create({ data: { name: `Org ${randomUUID()}` } });
    const uploader = await actor(["UPLOADER"], org.id);
    const approver = await actor(["APPROVER"], org.id);
    const first = await tamperedRequest(uploader);
    await startJobWorkers([submitRequestJob]);
    await until(() => listFailedJobs({ page: 1, pageSize: 25 }), (list) => list.total === 1);
    const second = await tamperedRequest(uploader);
    const list = await until(() => listFailedJobs({ page: 1, pageSize: 25 }), (l) => l.total === 2);

    expect(list.jobs.map((j) => j.requestId)).toEqual([second, first]);
    // Exactly these fields: nothing of the payload but the request id, nothing of the error but its message.
    expect(list.jobs[1]).toEqual({
      id: expect.any(String),
      job: "request.submit",
      requestId: first,
      attempts: 1,
      error: "The stored file no longer matches the approved SHA-256. It was not sent; upload the file again.",
      failedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(await listFailedJobs({ page: 2, pageSize: 25 })).toMatchObject({ jobs: [], total: 2, page: 2 });
    expect((await (await db()).migrationRequest.findUniqueOrThrow({ where: { id: first } })).status).toBe("SUBMISSION_FAILED");

    // The failed job does not hold the request's key: the approver's retry sends a new one.
    const { boss } = await jobQueue();
    await boss.offWork(submitRequestJob.name);
    await retrySubmission({ actor: approver, clientAddress: "127.0.0.1", correlationId: "test" }, first);
    expect((await jobsOf(submitRequestJob.name, first)).map((j) => j.state)).toEqual(["failed", "created"]);
    expect((await (await db()).migrationRequest.findUniqueOrThrow({ where: { id: first } })).status).toBe("APPROVED");
  }, 60_000);
});
