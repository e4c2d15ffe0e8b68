import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { readFile } from "node:fs/promises";
import { GET as getLineage } from "@/app/api/requests/[requestId]/lineage/route";
import { GET as getRequest } from "@/app/api/requests/[requestId]/route";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { recordBatchProgress } from "@/lib/batches/record-batch-progress";
import type { ErrorCodeHistogram } from "@/lib/batches/stored-progress";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { listRequestsQuery, type CorrectionBody, type LineageDto, type RequestDetail } from "./contracts";
import { createRequest } from "./create-request";
import { lineageOf } from "./lineage-outcome";
import { listRequests } from "./list-requests";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => signedIn.actor }));

async function organizationWithStaff() {
  const prisma = await db();
  const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}` } });
  const person = async (roles: Role[]): Promise<Actor> => {
    const email = `${randomUUID()}@x.example`;
    const user = await prisma.user.create({ data: { email, name: email, roles, organizationId: org.id, passwordHash: "x" } });
    return { id: user.id, email, name: email, roles, organizationId: org.id, organizationName: org.name, permissions: permissionsOf(roles), mustChangePassword: false };
  };
  return { org, uploader: await person(["UPLOADER"]), approver: await person(["APPROVER"]) };
}

const ctx = (actor: Actor) => ({ actor, clientAddress: "127.0.0.1", correlationId: "test" });
const sha = () => randomBytes(32).toString("hex");
const admin: Actor = { id: randomUUID(), email: "admin@x.example", name: "Admin", roles: ["ADMIN"], organizationId: null, organizationName: null, permissions: permissionsOf(["ADMIN"]), mustChangePassword: false };

/** Moves a created request on to a submitted batch, as the upload, approval and submission would. */
async function submit(id: string, rows: number) {
  await (await db()).migrationRequest.update({ where: { id }, data: { status: "SUBMITTED", rowCount: rows, batchId: randomUUID(), batchStatus: "pending", submittedAt: new Date() } });
}

/** The refresh job's last check of a batch: completed with `failed` of `total` failing by these codes. */
async function complete(id: string, total: number, failed: number, byCode: Record<string, number>) {
  const before = await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } });
  const histogram: ErrorCodeHistogram = { byCode, countedRecords: failed, complete: true };
  const stored = await recordBatchProgress(before, {
    status: "completed", rawStatus: "COMPLETED", totalRecords: total, processedRecords: total, failedRecords: failed, successfulRecords: total - failed,
    createdAt: null, updatedAt: null, startedAt: null, completedAt: null, runErrors: [],
  }, histogram, new Date());
  expect(stored).toBe(true);
}

async function create(actor: Actor, extra: { resubmissionOfId?: string; correction?: CorrectionBody } = {}) {
  return createRequest(ctx(actor), { fileName: `f-${randomUUID()}.csv`, fileSize: 100, sha256: sha(), ...extra });
}

/** The request's buttons as View Details gets them. */
async function actionsAs(actor: Actor, requestId: string) {
  signedIn.actor = actor;
  const response = await getRequest(new Request(`http://portal.test/api/requests/${requestId}`), { params: Promise.resolve({ requestId }) });
  return ((await response.json()) as RequestDetail).actions;
}

async function lineageAs(actor: Actor, requestId: string): Promise<{ status: number; body: LineageDto }> {
  signedIn.actor = actor;
  const response = await getLineage(new Request(`http://portal.test/api/requests/${requestId}/lineage`), { params: Promise.resolve({ requestId }) });
  return { status: response.status, body: (await response.json()) as LineageDto };
}

const failingIds = async (actor: Actor) => (await listRequests(actor, listRequestsQuery.parse({ failing: "1", pageSize: 100 }))).rows.map((r) => r.id);

describe.each(databaseTargets())("corrections and their lineage on %s", (_name, target) => {
  usePortalDatabase(target);

  it("stores a correction and its link, audits it in counts and codes, and answers the request DTO with it", async () => {
    const { uploader } = await organizationWithStaff();
    const original = await create(uploader);
    await submit(original.id, 10);
    await complete(original.id, 10, 3, { RESIDENT_NOT_FOUND: 2, EXPIRED_EID: 1 });

    const correction: CorrectionBody = { source: "grid", cellsChanged: 12, rowsExcluded: 1, parentCodes: { RESIDENT_NOT_FOUND: 2 } };
    const fix = await create(uploader, { resubmissionOfId: original.id, correction });
    const prisma = await db();
    const stored = await prisma.migrationRequest.findUniqueOrThrow({ where: { id: fix.id } });
    expect(stored).toMatchObject({ resubmissionOfId: original.id, lineageRootId: original.id, correction, lineageStillFailing: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: fix.id, action: "request.created" } });
    expect(audit.details).toMatchObject({ resubmissionOfId: original.id, correction });
    signedIn.actor = uploader;
    const detail = (await (await getRequest(new Request(`http://portal.test/api/requests/${fix.id}`), { params: Promise.resolve({ requestId: fix.id }) })).json()) as RequestDetail;
    // The codes it carried stay on the server (the lineage reads them); the page shows the counts.
    expect(detail.correction).toEqual({ source: "grid", cellsChanged: 12, rowsExcluded: 1 });
    expect(detail.resubmissionOf).toMatchObject({ id: original.id });

    // A grid correction before upload: stored, no link, no lineage.
    const fixedBeforeUpload = await create(uploader, { correction: { source: "grid", cellsChanged: 4, rowsExcluded: 0 } });
    expect(await prisma.migrationRequest.findUniqueOrThrow({ where: { id: fixedBeforeUpload.id } })).toMatchObject({ lineageRootId: null, resubmissionOfId: null, correction: { source: "grid", cellsChanged: 4, rowsExcluded: 0 } });
  });

  it("refuses a link to another organization's or an unknown request (404), parentCodes without a link (400), and a request that cannot be corrected (409)", async () => {
    const alpha = await organizationWithStaff();
    const beta = await organizationWithStaff();
    const theirs = await create(beta.uploader);
    await submit(theirs.id, 5);
    await complete(theirs.id, 5, 2, { RESIDENT_NOT_FOUND: 2 });

    await expect(create(alpha.uploader, { resubmissionOfId: theirs.id })).rejects.toMatchObject({ status: 404, code: "NOT_FOUND" });
    await expect(create(alpha.uploader, { resubmissionOfId: randomUUID() })).rejects.toMatchObject({ status: 404, code: "NOT_FOUND" });
    await expect(create(alpha.uploader, { correction: { source: "errored-download", cellsChanged: 0, rowsExcluded: 0, parentCodes: { RESIDENT_NOT_FOUND: 1 } } }))
      .rejects.toMatchObject({ status: 400, code: "CORRECTION_NOT_LINKED" });

    const pending = await create(alpha.uploader);
    await expect(create(alpha.uploader, { resubmissionOfId: pending.id })).rejects.toMatchObject({ status: 409, code: "NOT_CORRECTABLE" });
    const allGood = await create(alpha.uploader);
    await submit(allGood.id, 5);
    await complete(allGood.id, 5, 0, {});
    await expect(create(alpha.uploader, { resubmissionOfId: allGood.id })).rejects.toMatchObject({ status: 409, code: "NOT_CORRECTABLE" });
    // Nothing was created by the refusals.
    expect(await (await db()).migrationRequest.count({ where: { resubmissionOfId: { in: [theirs.id, pending.id, allGood.id] } } })).toBe(0);
  });

  it("refuses parentCodes the request being corrected does not have, or more of a code than it reported (400), and stores nothing", async () => {
    const { uploader } = await organizationWithStaff();
    const original = await create(uploader);
    await submit(original.id, 10);
    await complete(original.id, 10, 4, { RESIDENT_NOT_FOUND: 3, EXPIRED_EID: 1 });
    const linked = (parentCodes: Record<string, number>) => create(uploader, { resubmissionOfId: original.id, correction: { source: "grid", cellsChanged: 1, rowsExcluded: 0, parentCodes } });

    await expect(linked({ MARITAL_STATUS_DEAD: 1 })).rejects.toMatchObject({ status: 400, code: "CORRECTION_CODES_MISMATCH", details: { codes: ["MARITAL_STATUS_DEAD"] } });
    await expect(linked({ RESIDENT_NOT_FOUND: 3, EXPIRED_EID: 2 })).rejects.toMatchObject({ status: 400, code: "CORRECTION_CODES_MISMATCH", details: { codes: ["EXPIRED_EID"] } });
    expect(await (await db()).migrationRequest.count({ where: { resubmissionOfId: original.id } })).toBe(0);
    // Exactly what the batch reported passes.
    await expect(linked({ RESIDENT_NOT_FOUND: 3, EXPIRED_EID: 1 })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("allows one correction on its way at a time; once it ended (here rejected) another may follow", async () => {
    const { uploader } = await organizationWithStaff();
    const original = await create(uploader);
    await submit(original.id, 10);
    await complete(original.id, 10, 2, { RESIDENT_NOT_FOUND: 2 });
    const first = await create(uploader, { resubmissionOfId: original.id });
    const prisma = await db();
    // Still uploading: may be abandoned, so it does not hold the place.
    const second = await create(uploader, { resubmissionOfId: original.id });
    await prisma.migrationRequest.update({ where: { id: first.id }, data: { status: "PENDING_APPROVAL", rowCount: 2 } });
    await expect(create(uploader, { resubmissionOfId: original.id })).rejects.toMatchObject({ status: 409, code: "CORRECTION_IN_PROGRESS" });
    await prisma.migrationRequest.update({ where: { id: first.id }, data: { status: "REJECTED" } });
    expect((await create(uploader, { resubmissionOfId: original.id })).id).not.toBe(second.id);
  });

  it("keeps the lineage and the original's count of customers still failing through corrections of corrections; the list filter follows it", async () => {
    const { uploader, approver } = await organizationWithStaff();
    const stranger = (await organizationWithStaff()).uploader;
    const original = await create(uploader);
    await submit(original.id, 100);
    expect(await failingIds(uploader)).not.toContain(original.id);
    await complete(original.id, 100, 10, { RESIDENT_NOT_FOUND: 6, EXPIRED_EID: 4 });
    const prisma = await db();
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: original.id } })).lineageStillFailing).toBe(10);
    expect(await failingIds(uploader)).toContain(original.id);
    expect(await failingIds(stranger)).not.toContain(original.id);

    // Correction 1 carries 9 of the 10 (one EXPIRED_EID row excluded); 6 digitized, 3 fail again.
    const first = await create(uploader, { resubmissionOfId: original.id, correction: { source: "grid", cellsChanged: 9, rowsExcluded: 1, parentCodes: { RESIDENT_NOT_FOUND: 6, EXPIRED_EID: 3 } } });
    await submit(first.id, 9);
    const inFlight = await lineageAs(approver, original.id);
    expect(inFlight.body.outcome).toMatchObject({ stillFailing: 10, inCorrection: 9, completedCorrections: 0 });
    await complete(first.id, 9, 3, { RESIDENT_NOT_FOUND: 3 });
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: original.id } })).lineageStillFailing).toBe(4);
    // The count lives on the original only.
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: first.id } })).lineageStillFailing).toBeNull();

    // Correction 2 corrects correction 1 (the errored download taken back): all 3 digitized.
    const second = await create(uploader, { resubmissionOfId: first.id, correction: { source: "errored-download", cellsChanged: 0, rowsExcluded: 0, parentCodes: { RESIDENT_NOT_FOUND: 3 } } });
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: second.id } })).lineageRootId).toBe(original.id);
    await submit(second.id, 3);
    await complete(second.id, 3, 0, {});

    // Read from any member, by either role of the organization, and by the administrator (counts only).
    for (const [who, id] of [[uploader, second.id], [approver, original.id], [admin, first.id]] as const) {
      const { status, body } = await lineageAs(who, id);
      expect(status).toBe(200);
      expect(body.rootId).toBe(original.id);
      expect(body.steps.map((s) => [s.id, s.position, s.correctsId])).toEqual([[original.id, 0, null], [first.id, 1, original.id], [second.id, 2, first.id]]);
      expect(body.outcome).toEqual({ customers: 100, digitized: 99, stillFailing: 1, byCode: [{ code: "EXPIRED_EID", count: 1 }], approximate: false, completedCorrections: 2, inCorrection: 0 });
    }
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: original.id } })).lineageStillFailing).toBe(1);
    expect(await failingIds(uploader)).toContain(original.id);
    expect(await failingIds(uploader)).not.toContain(first.id);

    // Correction 2 carried every failure of correction 1 on: nothing is left to correct from it.
    expect(await actionsAs(uploader, first.id)).not.toContain("resubmit");
    await expect(create(uploader, { resubmissionOfId: first.id })).rejects.toMatchObject({ status: 409, code: "NOT_CORRECTABLE" });
    // The row correction 1 excluded is still the original's to correct.
    expect(await actionsAs(uploader, original.id)).toContain("resubmit");

    // Correction 3 takes the excluded row from the original: nothing left failing, the filter lets go.
    const third = await create(uploader, { resubmissionOfId: original.id, correction: { source: "grid", cellsChanged: 1, rowsExcluded: 0, parentCodes: { EXPIRED_EID: 1 } } });
    await submit(third.id, 1);
    await complete(third.id, 1, 0, {});
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: original.id } })).lineageStillFailing).toBe(0);
    expect(await failingIds(uploader)).not.toContain(original.id);
    expect((await lineageAs(uploader, original.id)).body.outcome).toMatchObject({ digitized: 100, stillFailing: 0, byCode: [], completedCorrections: 3 });
    // Every failure of the original was carried on: correcting it again would send those rows twice.
    expect(await actionsAs(uploader, original.id)).not.toContain("resubmit");
    await expect(create(uploader, { resubmissionOfId: original.id })).rejects.toMatchObject({ status: 409, code: "NOT_CORRECTABLE" });

    // Another organization: 404, exactly like a missing request.
    const theirs = await lineageAs(stranger, original.id);
    const missing = await lineageAs(stranger, randomUUID());
    expect(theirs.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(theirs.body).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("the migration's backfill links earlier resubmissions to their original and counts its customers still failing as lineageOf does", async () => {
    const { org, uploader } = await organizationWithStaff();
    const prisma = await db();
    const base = { organizationId: org.id, uploadedById: uploader.id, fileSize: 10n, status: "SUBMITTED" as const, batchStatus: "completed" };
    const root = await prisma.migrationRequest.create({ data: { ...base, fileName: "r.csv", sha256: sha(), rowCount: 10, batchTotalRecords: 10, batchSuccessfulRecords: 7, batchFailedRecords: 3, batchErrorCodes: { byCode: { RESIDENT_NOT_FOUND: 3 }, countedRecords: 3, complete: true } } });
    const first = await prisma.migrationRequest.create({ data: { ...base, fileName: "c1.csv", sha256: sha(), resubmissionOfId: root.id, rowCount: 3, batchTotalRecords: 3, batchSuccessfulRecords: 1, batchFailedRecords: 2 } });
    const second = await prisma.migrationRequest.create({ data: { ...base, fileName: "c2.csv", sha256: sha(), resubmissionOfId: first.id, rowCount: 2, batchTotalRecords: 2, batchSuccessfulRecords: 1, batchFailedRecords: 1 } });

    const migration = await readFile("prisma/migrations/20261128020840_lineage/migration.sql", "utf8");
    const backfill = migration.slice(migration.indexOf("-- Backfill")).split(/;\s*$/m).filter((statement) => /\bUPDATE\b/.test(statement));
    expect(backfill).toHaveLength(2);
    for (const statement of backfill) await prisma.$executeRawUnsafe(statement);

    const after = await prisma.migrationRequest.findMany({ where: { organizationId: org.id }, orderBy: { createdAt: "asc" } });
    expect(after.map((r) => r.lineageRootId)).toEqual([null, root.id, root.id]);
    const outcome = lineageOf(root.id, after).outcome;
    expect(outcome).toMatchObject({ digitized: 9, stillFailing: 1, approximate: true });
    expect(after[0]!.lineageStillFailing).toBe(outcome!.stillFailing);
    expect(second.id).toBe(after[2]!.id);
  });
});
