import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { databaseTargets } from "@/test/database-targets";
import { jobsOf } from "@/test/queued-jobs";
import { usePortalDatabase } from "@/test/use-portal-database";
import { approveRequest } from "./approve-request";
import { rejectRequest } from "./reject-request";

const SHA = "a".repeat(64);

async function actor(email: string, roles: Role[], organizationId: string): Promise<Actor> {
  const prisma = await db();
  const user = await prisma.user.create({ data: { email, name: email, roles, organizationId, passwordHash: "x" } });
  return { id: user.id, email, name: email, roles, organizationId, organizationName: "Org", permissions: permissionsOf(roles), mustChangePassword: false };
}

async function pendingRequest(uploader: Actor) {
  const prisma = await db();
  return prisma.migrationRequest.create({
    data: { organizationId: uploader.organizationId!, uploadedById: uploader.id, fileName: "f.csv", fileSize: 10n, sha256: SHA, status: "PENDING_APPROVAL", storageKey: "k" },
  });
}

describe.each(databaseTargets())("four eyes on %s", (_name, target) => {
  usePortalDatabase(target);
  const ctx = (a: Actor) => ({ actor: a, clientAddress: "127.0.0.1", correlationId: "test" });

  it("refuses the uploader's own approval and rejection, even holding the approver role, and audits it", async () => {
    const prisma = await db();
    const org = await prisma.organization.create({ data: { name: `Org ${Math.random()}` } });
    const both = await actor(`both-${org.id}@x.example`, ["UPLOADER", "APPROVER"], org.id);
    const request = await pendingRequest(both);

    await expect(approveRequest(ctx(both), request.id, { sha256: SHA })).rejects.toMatchObject({ status: 403 });
    await expect(rejectRequest(ctx(both), request.id, "my own file")).rejects.toMatchObject({ status: 403 });
    expect((await prisma.migrationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING_APPROVAL");
    expect(await jobsOf("request.submit", request.id)).toEqual([]);
    const denials = await prisma.auditEvent.findMany({ where: { targetId: request.id, outcome: "DENIED" } });
    expect(denials.map((d) => d.action).sort()).toEqual(["request.approved", "request.rejected"]);
  });

  it("lets another approver of the same organization approve, writing the approval, its audit entry and one submission job together", async () => {
    const prisma = await db();
    const org = await prisma.organization.create({ data: { name: `Org ${Math.random()}` } });
    const uploader = await actor(`up-${org.id}@x.example`, ["UPLOADER"], org.id);
    const approver = await actor(`ap-${org.id}@x.example`, ["APPROVER"], org.id);
    const request = await pendingRequest(uploader);

    await approveRequest(ctx(approver), request.id, { sha256: SHA });
    const after = await prisma.migrationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ status: "APPROVED", decidedById: approver.id, approvedSha256: SHA });
    expect((await jobsOf("request.submit", request.id)).map((j) => [j.state, j.data])).toEqual([["created", { requestId: request.id }]]);
    expect(await prisma.auditEvent.count({ where: { targetId: request.id, action: "request.approved", outcome: "SUCCESS" } })).toBe(1);
    await expect(approveRequest(ctx(approver), request.id, { sha256: SHA })).rejects.toMatchObject({ status: 409 });
    expect(await jobsOf("request.submit", request.id)).toHaveLength(1);
  });

  it("answers an approver of another organization with 404", async () => {
    const prisma = await db();
    const [a, b] = await Promise.all([1, 2].map((n) => prisma.organization.create({ data: { name: `Org ${n} ${Math.random()}` } })));
    const uploader = await actor(`up-${a!.id}@x.example`, ["UPLOADER"], a!.id);
    const outsider = await actor(`ap-${b!.id}@x.example`, ["APPROVER"], b!.id);
    const request = await pendingRequest(uploader);
    await expect(approveRequest(ctx(outsider), request.id, { sha256: SHA })).rejects.toMatchObject({ status: 404 });
  });
});
