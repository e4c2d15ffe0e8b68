import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createActor, createOrganizationRow } from "@/lib/admin/testing/fixtures";
import { hashApiKey } from "@/lib/api-keys/key-material";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { seal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { loadBatchTarget, readBatchTarget } from "./load-batch-target";

/** An organization with one active key and one request of it (with a batch unless told otherwise). */
async function requestWithKey(opts: { batchId?: string | null } = {}) {
  const prisma = await db();
  const org = await createOrganizationRow();
  const secret = `test_${randomUUID().replace(/-/g, "")}`;
  const { encryptionKey } = await loadSecrets(getEnv());
  const key = await prisma.apiKey.create({ data: { organizationId: org.id, prefix: "test_", last4: secret.slice(-4), keyHash: hashApiKey(secret), keyCiphertext: seal(secret, encryptionKey) } });
  const uploader = await createActor(["UPLOADER"], org.id);
  const batchId = opts.batchId === undefined ? randomUUID() : opts.batchId;
  const request = await prisma.migrationRequest.create({
    data: { organizationId: org.id, uploadedById: uploader.id, fileName: "f.csv", fileSize: 10n, sha256: randomUUID(), status: batchId ? "SUBMITTED" : "APPROVED", batchId },
  });
  return { org, key, secret, uploader, request };
}

describe.each(databaseTargets())("loading a batch proxy's target on %s", (_name, target) => {
  usePortalDatabase(target);

  it("gives the request's own organization's key to its users and to administrators, and marks the key used", async () => {
    const { org, key, secret, uploader, request } = await requestWithKey();
    const loaded = await loadBatchTarget(uploader, request.id);
    expect(loaded).toEqual({
      request: { id: request.id, organizationId: org.id, fileName: "f.csv", batchStatus: null },
      batchId: request.batchId,
      api: { baseUrl: getEnv().digitizationBaseUrl, apiKey: secret },
    });
    const used = (await (await db()).apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(used).not.toBeNull();
    const admin = await createActor(["ADMIN"]);
    expect((await loadBatchTarget(admin, request.id)).api.apiKey).toBe(secret);
    // "Last used" moves at most once a minute: the second page within it writes nothing.
    expect((await (await db()).apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(used);
  });

  it("answers 404 to a user of no organization without the all-organizations permission", async () => {
    const { request } = await requestWithKey();
    const stray = await createActor(["UPLOADER"]);
    await expect(loadBatchTarget(stray, request.id)).rejects.toMatchObject({ status: 404 });
  });

  it("answers another organization's request exactly like a missing one", async () => {
    const { request } = await requestWithKey();
    const other = await requestWithKey();
    await expect(loadBatchTarget(other.uploader, request.id)).rejects.toMatchObject({ status: 404 });
    await expect(loadBatchTarget(other.uploader, randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it("scopes a read started before the actor was known exactly as its own read (the batch routes start it beside the session check)", async () => {
    const { request, uploader, secret } = await requestWithKey();
    const other = await requestWithKey();
    // The early read is by id alone: it finds another organization's request too…
    expect((await readBatchTarget(request.id))?.organizationId).toBe(request.organizationId);
    // …and nothing of it passes the actor's scope.
    await expect(loadBatchTarget(other.uploader, request.id, readBatchTarget(request.id))).rejects.toMatchObject({ status: 404 });
    await expect(loadBatchTarget(await createActor(["APPROVER"]), request.id, readBatchTarget(request.id))).rejects.toMatchObject({ status: 404 });
    expect((await loadBatchTarget(uploader, request.id, readBatchTarget(request.id))).api.apiKey).toBe(secret);
    expect(await readBatchTarget("not-a-uuid")).toBeNull();
    expect(await readBatchTarget(randomUUID())).toBeNull();
  });

  it("refuses before any upstream call: no batch yet, a suspended organization, no active key", async () => {
    const unsent = await requestWithKey({ batchId: null });
    await expect(loadBatchTarget(unsent.uploader, unsent.request.id)).rejects.toMatchObject({ status: 409, code: "BATCH_NOT_PROCESSED" });

    const prisma = await db();
    const suspended = await requestWithKey();
    await prisma.organization.update({ where: { id: suspended.org.id }, data: { status: "SUSPENDED" } });
    await expect(loadBatchTarget(suspended.uploader, suspended.request.id)).rejects.toMatchObject({ status: 403, code: "ORGANIZATION_SUSPENDED" });

    const revoked = await requestWithKey();
    await prisma.apiKey.update({ where: { id: revoked.key.id }, data: { status: "REVOKED" } });
    await expect(loadBatchTarget(revoked.uploader, revoked.request.id)).rejects.toMatchObject({ status: 409, code: "NO_API_KEY" });
  });
});
