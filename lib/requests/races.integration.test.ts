import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { csvOf, goodRow, sha256 } from "@/e2e/support/csv";
import { hashApiKey } from "@/lib/api-keys/key-material";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { seal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { resetCircuits } from "@/lib/digitization/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { startJobWorkers } from "@/lib/jobs/work-jobs";
import { objectStore } from "@/lib/storage/store-for-env";
import { databaseTargets } from "@/test/database-targets";
import { jobsOf } from "@/test/queued-jobs";
import { startFakeDigitizationApi } from "@/test/fake-digitization-api";
import { usePortalDatabase } from "@/test/use-portal-database";
import { LOCAL_UPLOADS } from "@/lib/uploads/tus-server";
import { isActiveFileConflict } from "./active-file-conflict";
import { approveRequest } from "./approve-request";
import { completeUpload } from "./complete-upload";
import { ACTIVE_FILE_STATUSES } from "./request-status";
import { submitRequestJob } from "./jobs/submit-request-job";
import { rejectRequest } from "./reject-request";

// When set, completeUpload's own duplicate check sees nothing, so only the database's index
// stands between two active copies of a file: proves the index and its 409 without timing luck.
let skipDuplicateCheck = false;
vi.mock("./find-duplicates", async (importOriginal) => {
  const real = await importOriginal<typeof import("./find-duplicates")>();
  return { ...real, findDuplicates: (...args: Parameters<typeof real.findDuplicates>) => (skipDuplicateCheck ? Promise.resolve([]) : real.findDuplicates(...args)) };
});

// When set, a correction's early check (before its file is stored) passes, so only the check
// under the parent's lock stands between two corrections on their way at once.
let skipEarlyCorrectionCheck = false;
vi.mock("./correction-target", async (importOriginal) => {
  const real = await importOriginal<typeof import("./correction-target")>();
  return {
    ...real,
    checkCorrectionTarget: (...args: Parameters<typeof real.checkCorrectionTarget>) =>
      (skipEarlyCorrectionCheck && !args[3]?.lock ? Promise.resolve("") : real.checkCorrectionTarget(...args)),
  };
});

const PARALLEL = 20;

type World = { orgId: string; uploader: Actor; approvers: Actor[]; api: Awaited<ReturnType<typeof startFakeDigitizationApi>> };

async function actor(roles: Role[], organizationId: string): Promise<Actor> {
  const email = `${randomUUID()}@x.example`;
  const user = await (await db()).user.create({ data: { email, name: email, roles, organizationId, passwordHash: "x" } });
  return { id: user.id, email, name: email, roles, organizationId, organizationName: "Org", permissions: permissionsOf(roles), mustChangePassword: false };
}

/** An organization whose Digitization API is a counting stand-in, an uploader and twenty approvers. */
async function world(): Promise<World> {
  const prisma = await db();
  const api = await startFakeDigitizationApi(["ok"]);
  const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}`, digitizationBaseUrl: api.baseUrl } });
  const { encryptionKey } = await loadSecrets(getEnv());
  const key = `test_${randomUUID().replace(/-/g, "")}`;
  await prisma.apiKey.create({ data: { organizationId: org.id, prefix: "test_", last4: key.slice(-4), keyHash: hashApiKey(key), keyCiphertext: seal(key, encryptionKey) } });
  const uploader = await actor(["UPLOADER"], org.id);
  const approvers = await Promise.all(Array.from({ length: PARALLEL }, () => actor(["APPROVER"], org.id)));
  return { orgId: org.id, uploader, approvers, api };
}

/** A request whose bytes have fully arrived (as tus leaves them), ready for completeUpload. */
async function uploaded(w: World, content: string, resubmissionOfId?: string) {
  const request = await (await db()).migrationRequest.create({
    data: { organizationId: w.orgId, uploadedById: w.uploader.id, fileName: `f-${randomUUID()}.csv`, fileSize: BigInt(Buffer.byteLength(content)), sha256: sha256(content), ...(resubmissionOfId ? { resubmissionOfId, lineageRootId: resubmissionOfId } : {}) },
  });
  await objectStore().write(`${LOCAL_UPLOADS}/${request.id}`, [Buffer.from(content)]);
  await objectStore().write(`${LOCAL_UPLOADS}/${request.id}.json`, [Buffer.from("{}")]); // tus's own state file
  return request.id;
}

const ctx = (a: Actor) => ({ actor: a, clientAddress: "127.0.0.1", correlationId: "test" });
const storedFilesOf = async (ids: string[]) => (await objectStore().list("files")).filter((key) => ids.some((id) => key === `files/${id}.pmf`));
const uploadsLeftOf = async (ids: string[]) => (await objectStore().list(LOCAL_UPLOADS)).filter((key) => ids.some((id) => key.includes(id)));

function outcomes(results: PromiseSettledResult<unknown>[]) {
  const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { status?: number; code?: string }] : []));
  return { succeeded: results.length - refusals.length, refusals: refusals.map((e) => `${e.status} ${e.code}`) };
}

describe.each(databaseTargets())("races on %s", (_name, target) => {
  usePortalDatabase(target);
  let w: World;
  beforeEach(async () => {
    resetCircuits();
    skipDuplicateCheck = false;
    skipEarlyCorrectionCheck = false;
    w = await world();
  });
  afterEach(async () => w.api.close());

  it(`${PARALLEL} parallel completes of the same file in separate requests: one request put up for approval, one stored file, ${PARALLEL - 1} × 409`, async () => {
    const content = csvOf([goodRow(), goodRow()]);
    const ids = await Promise.all(Array.from({ length: PARALLEL }, () => uploaded(w, content)));
    const results = await Promise.allSettled(ids.map((id) => completeUpload(ctx(w.uploader), id)));

    expect(outcomes(results)).toEqual({ succeeded: 1, refusals: Array(PARALLEL - 1).fill("409 DUPLICATE_FILE") });
    const prisma = await db();
    const left = await prisma.migrationRequest.findMany({ where: { organizationId: w.orgId, sha256: sha256(content), status: { not: "UPLOAD_FAILED" } } });
    expect(left.map((r) => r.status)).toEqual(["PENDING_APPROVAL"]);
    // The refused ones end UPLOAD_FAILED, the one meaning of a failed upload (lib/requests/request-lifecycle.ts).
    expect(await prisma.migrationRequest.count({ where: { id: { in: ids }, status: "UPLOAD_FAILED" } })).toBe(PARALLEL - 1);
    expect(await storedFilesOf(ids)).toEqual([`files/${left[0]!.id}.pmf`]);
    expect(await uploadsLeftOf(ids)).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { targetId: { in: ids }, action: "request.upload-rejected", outcome: "DENIED" } })).toBe(PARALLEL - 1);
  });

  it.each([false, true])(`${PARALLEL} corrections of one request completing at once: one put up for approval, ${PARALLEL - 1} × 409 CORRECTION_IN_PROGRESS with nothing stored (early check skipped: %s)`, async (skipEarly) => {
    skipEarlyCorrectionCheck = skipEarly;
    const prisma = await db();
    const original = await prisma.migrationRequest.create({
      data: { organizationId: w.orgId, uploadedById: w.uploader.id, fileName: "original.csv", fileSize: 10n, sha256: sha256(randomUUID()), status: "SUBMITTED", batchId: randomUUID(), batchStatus: "completed", batchTotalRecords: 5, batchFailedRecords: 2 },
    });
    const ids = await Promise.all(Array.from({ length: PARALLEL }, () => uploaded(w, csvOf([goodRow()]), original.id)));
    const results = await Promise.allSettled(ids.map((id) => completeUpload(ctx(w.uploader), id)));

    expect(outcomes(results)).toEqual({ succeeded: 1, refusals: Array(PARALLEL - 1).fill("409 CORRECTION_IN_PROGRESS") });
    const onItsWay = await prisma.migrationRequest.findMany({ where: { id: { in: ids }, status: { not: "UPLOAD_FAILED" } } });
    expect(onItsWay.map((r) => r.status)).toEqual(["PENDING_APPROVAL"]);
    expect(await storedFilesOf(ids)).toEqual([`files/${onItsWay[0]!.id}.pmf`]);
    expect(await uploadsLeftOf(ids)).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { targetId: { in: ids }, action: "request.upload-rejected", outcome: "DENIED" } })).toBe(PARALLEL - 1);

    // Once it has ended (here rejected), the next correction goes through.
    await prisma.migrationRequest.update({ where: { id: onItsWay[0]!.id }, data: { status: "REJECTED" } });
    const next = await uploaded(w, csvOf([goodRow()]), original.id);
    await completeUpload(ctx(w.uploader), next);
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: next } })).status).toBe("PENDING_APPROVAL");
  });

  it(`${PARALLEL} parallel completes of one request: one verification, ${PARALLEL - 1} × 409, never a server error`, async () => {
    const content = csvOf([goodRow()]);
    const id = await uploaded(w, content);
    const results = await Promise.allSettled(Array.from({ length: PARALLEL }, () => completeUpload(ctx(w.uploader), id)));

    const { succeeded, refusals } = outcomes(results);
    expect(succeeded).toBe(1);
    expect(refusals).toHaveLength(PARALLEL - 1);
    expect(refusals.filter((r) => !/^409 (VERIFYING|NOT_UPLOADING|UPLOAD_INCOMPLETE)$/.test(r))).toEqual([]);
    expect((await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING_APPROVAL");
    expect(await storedFilesOf([id])).toHaveLength(1);
    expect(await uploadsLeftOf([id])).toEqual([]);
  });

  it(`${PARALLEL} parallel approvals: one approval, one job; workers then create one batch upstream with one call`, async () => {
    const content = csvOf([goodRow(), goodRow(), goodRow()]);
    const id = await uploaded(w, content);
    await completeUpload(ctx(w.uploader), id);

    const results = await Promise.allSettled(w.approvers.map((approver) => approveRequest(ctx(approver), id, { sha256: sha256(content) })));
    expect(outcomes(results)).toEqual({ succeeded: 1, refusals: Array(PARALLEL - 1).fill("409 STATE_CHANGED") });
    const prisma = await db();
    expect((await jobsOf(submitRequestJob.name, id)).map((j) => j.state)).toEqual(["created"]);
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: "request.approved", outcome: "SUCCESS" } })).toBe(1);

    // Four workers of this process (pg-boss's own claims keep them from running one job twice).
    for (let n = 0; n < 4; n++) await startJobWorkers([submitRequestJob]);
    for (let waited = 0; waited < 30_000 && (await jobsOf(submitRequestJob.name, id))[0]?.state !== "completed"; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect((await jobsOf(submitRequestJob.name, id)).map((j) => j.state)).toEqual(["completed"]);
    expect(w.api.calls()).toBe(1);
    expect(w.api.batchesCreated()).toBe(1);
    expect(await prisma.migrationRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", batchId: expect.any(String) });
    expect(await storedFilesOf([id])).toHaveLength(1);
  });

  it("the database itself refuses a second active copy of a file with a 409, and keeps no stored copy of it", async () => {
    const content = csvOf([goodRow()]);
    const first = await uploaded(w, content);
    await completeUpload(ctx(w.uploader), first);
    skipDuplicateCheck = true;
    const second = await uploaded(w, content);

    await expect(completeUpload(ctx(w.uploader), second)).rejects.toMatchObject({ status: 409, code: "DUPLICATE_FILE" });
    const prisma = await db();
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: second } })).status).toBe("UPLOAD_FAILED");
    expect(await storedFilesOf([first, second])).toEqual([`files/${first}.pmf`]);
    const raw = prisma.migrationRequest.create({
      data: { organizationId: w.orgId, uploadedById: w.uploader.id, fileName: "x.csv", fileSize: 1n, sha256: sha256(content), status: "SUBMITTED" },
    });
    await expect(raw).rejects.toSatisfy(isActiveFileConflict);
  });

  it("a rejected file can be uploaded again, and another organization may hold the same file", async () => {
    const content = csvOf([goodRow()]);
    const first = await uploaded(w, content);
    await completeUpload(ctx(w.uploader), first);
    await rejectRequest(ctx(w.approvers[0]!), first, "wrong month");
    const again = await uploaded(w, content);
    await completeUpload(ctx(w.uploader), again);

    const other = await world();
    try {
      const elsewhere = await uploaded(other, content);
      await completeUpload(ctx(other.uploader), elsewhere);
      const statuses = await (await db()).migrationRequest.findMany({ where: { id: { in: [first, again, elsewhere] } }, select: { id: true, status: true } });
      expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [first]: "REJECTED", [again]: "PENDING_APPROVAL", [elsewhere]: "PENDING_APPROVAL" });
    } finally {
      await other.api.close();
    }
  });

  it("the index covers exactly the states the duplicate check calls active", async () => {
    const [index] = await (await db()).$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE indexname = 'MigrationRequest_active_file_key'`;
    expect(index?.indexdef).toMatch(/^CREATE UNIQUE INDEX .*\("organizationId", sha256\) WHERE/);
    const statuses = [...index!.indexdef.matchAll(/'([A-Z_]+)'::"RequestStatus"/g)].map((m) => m[1]);
    expect(statuses.sort()).toEqual([...ACTIVE_FILE_STATUSES].sort());
  });
});
