import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { databaseTargets } from "@/test/database-targets";
import { jobsOf } from "@/test/queued-jobs";
import { usePortalDatabase } from "@/test/use-portal-database";
import { requeueUnfinishedWork } from "./requeue-unfinished-work";

describe.each(databaseTargets())("requeueing unfinished work on %s", (_name, target) => {
  usePortalDatabase(target);

  it("sends the submission of approved requests and the status check of unfinished batches, once however often it runs", async () => {
    const prisma = await db();
    const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}` } });
    const user = await prisma.user.create({ data: { email: `${randomUUID()}@x.example`, name: "U", roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x" } });
    const request = (status: RequestStatus, batch?: { status: string | null; hoursAgo: number }) =>
      prisma.migrationRequest.create({
        data: {
          organizationId: org.id, uploadedById: user.id, fileName: "f.csv", fileSize: 1n, sha256: randomUUID(), status,
          ...(batch ? { batchId: randomUUID(), batchStatus: batch.status, submittedAt: new Date(Date.now() - batch.hoursAgo * 3_600_000) } : {}),
        },
      });
    const approved = await request("APPROVED");
    const submitting = await request("SUBMITTING");
    const pending = await request("PENDING_APPROVAL");
    const inProgress = await request("SUBMITTED", { status: "IN_PROGRESS", hoursAgo: 1 });
    const unchecked = await request("SUBMITTED", { status: null, hoursAgo: 1 });
    const completed = await request("SUBMITTED", { status: "COMPLETED", hoursAgo: 1 });
    const givenUp = await request("SUBMITTED", { status: "in_progress", hoursAgo: 25 });

    await requeueUnfinishedWork();
    await requeueUnfinishedWork();

    const count = async (name: string, id: string) => (await jobsOf(name, id)).length;
    for (const r of [approved, submitting]) expect(await count("request.submit", r.id)).toBe(1);
    for (const r of [pending, inProgress, completed]) expect(await count("request.submit", r.id)).toBe(0);
    for (const r of [inProgress, unchecked]) expect(await count("batch.refresh-status", r.id)).toBe(1);
    for (const r of [approved, completed, givenUp]) expect(await count("batch.refresh-status", r.id)).toBe(0);
  });
});
