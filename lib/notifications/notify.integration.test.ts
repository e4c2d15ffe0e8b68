import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { recordBatchProgress } from "@/lib/batches/record-batch-progress";
import { forgetEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import type { BatchSummary } from "@/lib/digitization/client/model";
import type { Role } from "@/lib/generated/prisma/enums";
import { approveRequest } from "@/lib/requests/approve-request";
import { rejectRequest } from "@/lib/requests/reject-request";
import { databaseTargets } from "@/test/database-targets";
import { jobsOf } from "@/test/queued-jobs";
import { usePortalDatabase } from "@/test/use-portal-database";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { notify } from "./notify";

const SHA = "b".repeat(64);
const MAIL_JOB = "notification.send-mail";

async function user(roles: Role[], organizationId: string | null, status: "ACTIVE" | "DISABLED" = "ACTIVE"): Promise<Actor> {
  const email = `${roles.join("-").toLowerCase()}-${Math.random().toString(36).slice(2)}@x.example`;
  const row = await (await db()).user.create({ data: { email, name: email, roles, organizationId, status, passwordHash: "x" } });
  return { id: row.id, email, name: email, roles, organizationId, organizationName: "Org", permissions: permissionsOf(roles), mustChangePassword: false };
}

/** Two organizations' staff and a platform administrator; the request is Alpha's, uploaded by `uploader`. */
async function world() {
  const prisma = await db();
  const [alpha, beta] = await Promise.all([1, 2].map((n) => prisma.organization.create({ data: { name: `Org ${n} ${Math.random()}` } })));
  const uploader = await user(["UPLOADER"], alpha!.id);
  const approver = await user(["APPROVER"], alpha!.id);
  const secondApprover = await user(["APPROVER"], alpha!.id);
  const disabledApprover = await user(["APPROVER"], alpha!.id, "DISABLED");
  const otherUploader = await user(["UPLOADER"], alpha!.id);
  const betaApprover = await user(["APPROVER"], beta!.id);
  const admin = await user(["ADMIN"], null);
  const request = await prisma.migrationRequest.create({
    data: { organizationId: alpha!.id, uploadedById: uploader.id, fileName: "alpha-customers.csv", fileSize: 10n, sha256: SHA, rowCount: 12, status: "PENDING_APPROVAL", storageKey: "k" },
  });
  return { uploader, approver, secondApprover, disabledApprover, otherUploader, betaApprover, admin, request };
}

async function recipientsOf(requestId: string, kind: string) {
  const rows = await (await db()).notification.findMany({ where: { requestId, kind } });
  return rows.map((r) => r.recipientId).sort();
}

const ctx = (actor: Actor) => ({ actor, clientAddress: "127.0.0.1", correlationId: "test" });

describe.each(databaseTargets())("notifications on %s", (_name, target) => {
  usePortalDatabase(target);

  it("tells the organization's active approvers a file awaits them, never the uploader, another organization or administrators", async () => {
    const w = await world();
    const prisma = await db();
    // The uploader also holds the approver role here: still not asked to approve their own file.
    await prisma.user.update({ where: { id: w.uploader.id }, data: { roles: ["UPLOADER", "APPROVER"] } });
    await prisma.$transaction((tx) => notify(tx, { type: "request.awaiting-approval", requestId: w.request.id, actorId: w.uploader.id }));
    expect(await recipientsOf(w.request.id, "request.awaiting-approval")).toEqual([w.approver.id, w.secondApprover.id].sort());
    const row = await prisma.notification.findFirstOrThrow({ where: { requestId: w.request.id, recipientId: w.approver.id } });
    expect(row.values).toEqual({ fileName: "alpha-customers.csv", rows: 12 });
    expect(row.readAt).toBeNull();
  });

  it("tells the uploader of a rejection with its reason, and not the approver who rejected it", async () => {
    const w = await world();
    await rejectRequest(ctx(w.approver), w.request.id, "Wrong template version");
    expect(await recipientsOf(w.request.id, "request.rejected")).toEqual([w.uploader.id]);
    const [row] = await (await db()).notification.findMany({ where: { requestId: w.request.id } });
    expect(row?.values).toEqual({ fileName: "alpha-customers.csv", reason: "Wrong template version" });
  });

  it("tells the uploader of an approval, in the approval's transaction", async () => {
    const w = await world();
    await approveRequest(ctx(w.approver), w.request.id, { sha256: SHA });
    expect(await recipientsOf(w.request.id, "request.approved")).toEqual([w.uploader.id]);
    expect(await (await db()).notification.count({ where: { requestId: w.request.id } })).toBe(1);
  });

  it("tells only the uploader that their request expired (the portal's own doing: no actor)", async () => {
    const w = await world();
    const prisma = await db();
    await prisma.$transaction((tx) => notify(tx, { type: "request.expired", requestId: w.request.id, actorId: null }));
    expect(await recipientsOf(w.request.id, "request.expired")).toEqual([w.uploader.id]);
    expect((await prisma.notification.findFirstOrThrow({ where: { requestId: w.request.id } })).values).toEqual({ fileName: "alpha-customers.csv" });
  });

  it("never tells users of their own action", async () => {
    const w = await world();
    const prisma = await db();
    await prisma.$transaction((tx) => notify(tx, { type: "request.approved", requestId: w.request.id, actorId: w.uploader.id }));
    expect(await prisma.notification.count({ where: { requestId: w.request.id } })).toBe(0);
  });

  it("tells the uploader and approvers once of a completed batch with its counts, and a failed one", async () => {
    const w = await world();
    const prisma = await db();
    await prisma.migrationRequest.update({ where: { id: w.request.id }, data: { status: "SUBMITTED", submittedAt: new Date(), batchStatus: "pending" } });
    const before = { id: w.request.id, batchCheckedAt: null, batchStartedAt: null, batchCompletedAt: null };
    const summary = (status: BatchSummary["status"]): BatchSummary => ({
      status, rawStatus: status, totalRecords: 12, processedRecords: 12, successfulRecords: 10, failedRecords: 2,
      createdAt: null, updatedAt: null, startedAt: null, completedAt: null, runErrors: [],
    });
    expect(await recordBatchProgress(before, summary("in_progress"), null, new Date())).toBe(true);
    expect(await prisma.notification.count({ where: { requestId: w.request.id } })).toBe(0);
    const checked = await prisma.migrationRequest.findUniqueOrThrow({ where: { id: w.request.id } });
    const afterFirst = { ...before, batchCheckedAt: checked.batchCheckedAt, batchStartedAt: checked.batchStartedAt };
    expect(await recordBatchProgress(afterFirst, summary("completed"), null, new Date())).toBe(true);
    // A stale job storing the same end again stores nothing and notifies nobody twice.
    expect(await recordBatchProgress(afterFirst, summary("completed"), null, new Date())).toBe(false);
    expect(await recipientsOf(w.request.id, "batch.completed")).toEqual([w.uploader.id, w.approver.id, w.secondApprover.id].sort());
    const row = await prisma.notification.findFirstOrThrow({ where: { requestId: w.request.id, recipientId: w.uploader.id } });
    expect(row.values).toEqual({ fileName: "alpha-customers.csv", total: 12, successful: 10, failed: 2 });

    const failed = await world();
    await prisma.migrationRequest.update({ where: { id: failed.request.id }, data: { status: "SUBMITTED", submittedAt: new Date(), batchStatus: "pending" } });
    await recordBatchProgress({ ...before, id: failed.request.id }, summary("failed"), null, new Date());
    expect(await recipientsOf(failed.request.id, "batch.failed")).toEqual([failed.uploader.id, failed.approver.id, failed.secondApprover.id].sort());
  });

  it("tells administrators of a submission needing attention with the request id only, no file name", async () => {
    const w = await world();
    const prisma = await db();
    await prisma.$transaction((tx) => notify(tx, { type: "submission.needs-attention", requestId: w.request.id, actorId: null }));
    const rows = await prisma.notification.findMany({ where: { requestId: w.request.id } });
    // Administrators of the whole platform: this test's and any other test's in the same database.
    const admins = rows.filter((r) => r.recipientId === w.admin.id);
    expect(admins).toHaveLength(1);
    expect(admins[0]?.values).toEqual({});
    const staff = rows.filter((r) => r.recipientId !== w.admin.id && [w.uploader.id, w.approver.id, w.secondApprover.id].includes(r.recipientId));
    expect(staff).toHaveLength(3);
    expect(rows.map((r) => r.recipientId)).not.toContain(w.betaApprover.id);
    expect(rows.map((r) => r.recipientId)).not.toContain(w.otherUploader.id);
    expect(rows.map((r) => r.recipientId)).not.toContain(w.disabledApprover.id);
  });

  it("leaves neither a notification nor its e-mail job when the change rolls back", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2602";
    forgetEnv();
    try {
      const w = await world();
      const prisma = await db();
      const rolledBack = prisma.$transaction(async (tx) => {
        await notify(tx, { type: "request.awaiting-approval", requestId: w.request.id, actorId: w.uploader.id });
        expect(await tx.notification.count({ where: { requestId: w.request.id } })).toBe(2);
        throw new Error("the change failed");
      });
      await expect(rolledBack).rejects.toThrow("the change failed");
      expect(await prisma.notification.count({ where: { requestId: w.request.id } })).toBe(0);

      // Committed: one e-mail job per notification, keyed by its id.
      await prisma.$transaction((tx) => notify(tx, { type: "request.awaiting-approval", requestId: w.request.id, actorId: w.uploader.id }));
      const rows = await prisma.notification.findMany({ where: { requestId: w.request.id } });
      expect(rows).toHaveLength(2);
      for (const row of rows) expect((await jobsOf(MAIL_JOB, row.id)).map((j) => j.data)).toEqual([{ notificationId: row.id }]);
    } finally {
      delete process.env.SMTP_URL;
      forgetEnv();
    }
  });

  it("enqueues no e-mail without SMTP_URL", async () => {
    const w = await world();
    const prisma = await db();
    await prisma.$transaction((tx) => notify(tx, { type: "request.awaiting-approval", requestId: w.request.id, actorId: w.uploader.id }));
    const rows = await prisma.notification.findMany({ where: { requestId: w.request.id } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(await jobsOf(MAIL_JOB, row.id)).toEqual([]);
  });

  it("lists and marks read only the caller's own notifications: another user's id is a 404", async () => {
    const w = await world();
    const prisma = await db();
    await prisma.$transaction((tx) => notify(tx, { type: "request.awaiting-approval", requestId: w.request.id, actorId: w.uploader.id }));
    const mine = await listNotifications(w.approver);
    expect(mine.unread).toBe(1);
    expect(mine.items.map((i) => [i.kind, i.requestId, i.read])).toEqual([["request.awaiting-approval", w.request.id, false]]);
    expect((await listNotifications(w.uploader)).items).toEqual([]);

    const theirs = mine.items[0]!.id;
    await expect(markNotificationsRead(w.secondApprover, { id: theirs })).rejects.toMatchObject({ status: 404 });
    await expect(markNotificationsRead(w.uploader, { id: theirs })).rejects.toMatchObject({ status: 404 });
    await markNotificationsRead(w.secondApprover, { all: true });
    expect((await listNotifications(w.approver)).unread).toBe(1);
    expect((await listNotifications(w.secondApprover)).unread).toBe(0);

    await markNotificationsRead(w.approver, { id: theirs });
    expect(await listNotifications(w.approver)).toMatchObject({ unread: 0, items: [{ id: theirs, read: true }] });
  });
});
