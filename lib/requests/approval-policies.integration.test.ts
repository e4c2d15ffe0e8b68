import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setApprovalPolicy } from "@/lib/admin/organizations/set-approval-policy";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { upkeepJob } from "@/lib/maintenance/upkeep-job";
import { databaseTargets } from "@/test/database-targets";
import { jobsOf } from "@/test/queued-jobs";
import { usePortalDatabase } from "@/test/use-portal-database";
import { approveRequest } from "./approve-request";
import { ACTIVE_FILE_STATUSES } from "./request-status";
import { countAwaitingApproval } from "./list-requests";
import { rejectRequest } from "./reject-request";

const ctx = (actor: Actor) => ({ actor, clientAddress: "127.0.0.1", correlationId: "test" });
const attempt = { number: 1, isLast: false, signal: new AbortController().signal };
const PARALLEL = 20;

async function user(roles: Role[], organizationId: string | null): Promise<Actor> {
  const email = `${randomUUID()}@x.example`;
  const row = await (await db()).user.create({ data: { email, name: email, roles, organizationId, passwordHash: "x" } });
  return { id: row.id, email, name: email, roles, organizationId, organizationName: "Org", permissions: permissionsOf(roles), mustChangePassword: false };
}

/** An organization with the given policy (set as an administrator would), its uploader and approvers. */
async function organization(policy: { secondApproverAboveRows?: number; expiryDays?: number; controlTotalAboveRows?: number } | null, approverCount = 3) {
  const prisma = await db();
  const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}` } });
  const admin = await user(["ADMIN"], null);
  if (policy) {
    await setApprovalPolicy(ctx(admin), org.id, { secondApproverAboveRows: null, expiryDays: null, controlTotalAboveRows: null, ...policy });
  }
  const uploader = await user(["UPLOADER", "APPROVER"], org.id);
  const approvers = await Promise.all(Array.from({ length: approverCount }, () => user(["APPROVER"], org.id)));
  return { org, admin, uploader, approvers };
}

async function pending(uploader: Actor, rowCount: number, extra: { approvalDueAt?: Date; sha256?: string } = {}) {
  return (await db()).migrationRequest.create({
    data: {
      organizationId: uploader.organizationId!, uploadedById: uploader.id, fileName: "f.csv", fileSize: 10n,
      sha256: extra.sha256 ?? randomUUID().replace(/-/g, "").repeat(2), status: "PENDING_APPROVAL", storageKey: "k", rowCount,
      ...(extra.approvalDueAt ? { approvalDueAt: extra.approvalDueAt } : {}),
    },
  });
}

const statusOf = async (id: string) => (await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } })).status;
const audited = async (id: string, action: string, outcome: "SUCCESS" | "DENIED") => (await db()).auditEvent.count({ where: { targetId: id, action, outcome } });

function outcomes(results: PromiseSettledResult<unknown>[]) {
  const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { status?: number; code?: string }] : []));
  return { succeeded: results.length - refusals.length, refusals: refusals.map((e) => `${e.status} ${e.code}`).sort() };
}

describe.each(databaseTargets())("approval policies on %s", (_name, target) => {
  usePortalDatabase(target);

  it("without a policy one approval submits, as before, at version 0", async () => {
    const { uploader, approvers } = await organization(null);
    const request = await pending(uploader, 1_000_000);
    await approveRequest(ctx(approvers[0]!), request.id, { sha256: request.sha256, policyVersion: 0 });
    expect(await statusOf(request.id)).toBe("APPROVED");
    expect(await jobsOf("request.submit", request.id)).toHaveLength(1);
  });

  it("above the threshold: two distinct approvers, neither the uploader, and the batch is sent only after the second", async () => {
    const { uploader, approvers } = await organization({ secondApproverAboveRows: 100 });
    const [first, second] = approvers as [Actor, Actor];
    const request = await pending(uploader, 101);
    const body = { sha256: request.sha256, policyVersion: 1 };

    await approveRequest(ctx(first), request.id, body);
    expect(await statusOf(request.id)).toBe("PENDING_APPROVAL");
    expect(await jobsOf("request.submit", request.id)).toEqual([]);
    expect(await audited(request.id, "request.approval-recorded", "SUCCESS")).toBe(1);
    expect(await countAwaitingApproval(first)).toBe(0);
    expect(await countAwaitingApproval(second)).toBe(1);
    expect(await countAwaitingApproval(uploader)).toBe(0);

    await expect(approveRequest(ctx(first), request.id, body)).rejects.toMatchObject({ status: 403, code: "ALREADY_APPROVED" });
    await expect(approveRequest(ctx(uploader), request.id, body)).rejects.toMatchObject({ status: 403, code: "OWN_UPLOAD" });
    expect(await audited(request.id, "request.approved", "DENIED")).toBe(2);
    expect(await statusOf(request.id)).toBe("PENDING_APPROVAL");

    await approveRequest(ctx(second), request.id, body);
    expect(await statusOf(request.id)).toBe("APPROVED");
    expect(await jobsOf("request.submit", request.id)).toHaveLength(1);
    const approvals = await (await db()).requestApproval.findMany({ where: { requestId: request.id } });
    expect(approvals.map((a) => a.approverId).sort()).toEqual([first.id, second.id].sort());
  });

  it("at or below the threshold one approval is enough", async () => {
    const { uploader, approvers } = await organization({ secondApproverAboveRows: 100 });
    const request = await pending(uploader, 100);
    await approveRequest(ctx(approvers[0]!), request.id, { sha256: request.sha256 });
    expect(await statusOf(request.id)).toBe("APPROVED");
  });

  it("control total: missing or wrong is a 422 with its code and changes nothing; the right count approves", async () => {
    const { uploader, approvers } = await organization({ controlTotalAboveRows: 10 });
    const request = await pending(uploader, 11);
    const approver = ctx(approvers[0]!);
    await expect(approveRequest(approver, request.id, { sha256: request.sha256 })).rejects.toMatchObject({ status: 422, code: "CONTROL_TOTAL_REQUIRED" });
    await expect(approveRequest(approver, request.id, { sha256: request.sha256, controlTotal: 12 })).rejects.toMatchObject({ status: 422, code: "CONTROL_TOTAL_MISMATCH" });
    expect(await statusOf(request.id)).toBe("PENDING_APPROVAL");
    expect(await (await db()).requestApproval.count({ where: { requestId: request.id } })).toBe(0);
    expect(await audited(request.id, "request.approved", "DENIED")).toBe(2);
    await approveRequest(approver, request.id, { sha256: request.sha256, controlTotal: 11 });
    expect(await statusOf(request.id)).toBe("APPROVED");
  });

  it("an approval made on a page showing an older policy is refused (409 POLICY_CHANGED); the change itself is audited with before and after", async () => {
    const { org, admin, uploader, approvers } = await organization({ secondApproverAboveRows: 100 });
    const request = await pending(uploader, 50);
    const changed = await setApprovalPolicy(ctx(admin), org.id, { secondApproverAboveRows: 10, expiryDays: null, controlTotalAboveRows: null });
    expect(changed.approvalPolicy).toEqual({ secondApproverAboveRows: 10, expiryDays: null, controlTotalAboveRows: null, version: 2 });

    await expect(approveRequest(ctx(approvers[0]!), request.id, { sha256: request.sha256, policyVersion: 1 })).rejects.toMatchObject({ status: 409, code: "POLICY_CHANGED" });
    expect(await (await db()).requestApproval.count({ where: { requestId: request.id } })).toBe(0);
    const [entry] = await (await db()).auditEvent.findMany({ where: { targetId: org.id, action: "admin.organization.approval-policy-changed" }, orderBy: { id: "desc" }, take: 1 });
    expect(entry?.details).toMatchObject({ from: { secondApproverAboveRows: 100 }, to: { secondApproverAboveRows: 10 }, version: 2 });

    // Under the new rules (50 > 10) the same file now needs two approvers.
    await approveRequest(ctx(approvers[0]!), request.id, { sha256: request.sha256, policyVersion: 2 });
    expect(await statusOf(request.id)).toBe("PENDING_APPROVAL");
  });

  it("expiry: past its due time a request is refused (409 REQUEST_EXPIRED), upkeep moves it to EXPIRED (audited), and the same file may be uploaded again", async () => {
    const { uploader, approvers } = await organization({ expiryDays: 3 });
    const overdue = await pending(uploader, 5, { approvalDueAt: new Date(Date.now() - 1000) });
    const notYet = await pending(uploader, 5, { approvalDueAt: new Date(Date.now() + 3_600_000) });

    await expect(approveRequest(ctx(approvers[0]!), overdue.id, { sha256: overdue.sha256 })).rejects.toMatchObject({ status: 409, code: "REQUEST_EXPIRED" });
    await upkeepJob.run({}, attempt);
    expect(await statusOf(overdue.id)).toBe("EXPIRED");
    expect(await statusOf(notYet.id)).toBe("PENDING_APPROVAL");
    expect(await audited(overdue.id, "request.expired", "SUCCESS")).toBe(1);
    // The uploader hears of it in the same transaction; nobody hears of the request still in time.
    const told = await (await db()).notification.findMany({ where: { kind: "request.expired" }, select: { requestId: true, recipientId: true } });
    expect(told).toEqual([{ requestId: overdue.id, recipientId: uploader.id }]);
    await expect(approveRequest(ctx(approvers[0]!), overdue.id, { sha256: overdue.sha256 })).rejects.toMatchObject({ status: 409, code: "REQUEST_EXPIRED" });
    await expect(rejectRequest(ctx(approvers[0]!), overdue.id, "too late now")).rejects.toMatchObject({ status: 409, code: "STATE_CHANGED" });

    expect(ACTIVE_FILE_STATUSES).not.toContain("EXPIRED");
    const again = await pending(uploader, 5, { sha256: overdue.sha256 });
    expect(await statusOf(again.id)).toBe("PENDING_APPROVAL");
  });

  it(`${PARALLEL} parallel approvals by distinct approvers under a two-approver policy: one recorded, one approval, one job, the rest 409`, async () => {
    const { uploader, approvers } = await organization({ secondApproverAboveRows: 1 }, PARALLEL);
    const request = await pending(uploader, 2);
    const results = await Promise.allSettled(approvers.map((a) => approveRequest(ctx(a), request.id, { sha256: request.sha256, policyVersion: 1 })));

    expect(outcomes(results)).toEqual({ succeeded: 2, refusals: Array(PARALLEL - 2).fill("409 STATE_CHANGED") });
    expect(await statusOf(request.id)).toBe("APPROVED");
    expect(await (await db()).requestApproval.count({ where: { requestId: request.id } })).toBe(2);
    expect(await jobsOf("request.submit", request.id)).toHaveLength(1);
    expect(await audited(request.id, "request.approval-recorded", "SUCCESS")).toBe(1);
    expect(await audited(request.id, "request.approved", "SUCCESS")).toBe(1);
  });

  it(`${PARALLEL} parallel approvals by the same approver: one approval recorded, ${PARALLEL - 1} × 403 ALREADY_APPROVED`, async () => {
    const { uploader, approvers } = await organization({ secondApproverAboveRows: 1 });
    const request = await pending(uploader, 2);
    const results = await Promise.allSettled(Array.from({ length: PARALLEL }, () => approveRequest(ctx(approvers[0]!), request.id, { sha256: request.sha256 })));

    expect(outcomes(results)).toEqual({ succeeded: 1, refusals: Array(PARALLEL - 1).fill("403 ALREADY_APPROVED") });
    expect(await statusOf(request.id)).toBe("PENDING_APPROVAL");
    expect(await (await db()).requestApproval.count({ where: { requestId: request.id } })).toBe(1);
    expect(await jobsOf("request.submit", request.id)).toEqual([]);
  });
});
