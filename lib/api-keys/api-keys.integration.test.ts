import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contextOf, createActor, createOrganizationRow } from "@/lib/admin/testing/fixtures";
import { reactivateOrganization } from "@/lib/admin/organizations/reactivate-organization";
import { suspendOrganization } from "@/lib/admin/organizations/suspend-organization";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { open, seal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { authenticateKey } from "@/lib/sandbox/keys/authenticate-key";
import { registerSandboxKey } from "@/lib/sandbox/keys/register-sandbox-key";
import { databaseTargets } from "@/lib/testing/database-targets";
import { usePortalDatabase } from "@/lib/testing/use-portal-database";
import { issueApiKey } from "./issue-api-key";
import { describeApiKey, hashApiKey } from "./key-material";
import { listOwnApiKeys } from "./list-api-keys";
import { resolveApiAccess } from "./resolve-api-access";
import { revokeApiKey } from "./revoke-api-key";
import { rotateApiKey } from "./rotate-api-key";

const HOUR = 3_600_000;

/** Whether the sandbox (playing the issuing platform) accepts the key now. */
async function sandboxAccepts(key: string, at = new Date()) {
  return authenticateKey(await db(), key, at).then(() => true, () => false);
}

describe.each(databaseTargets())("API keys on %s", (_name, target) => {
  usePortalDatabase(target);

  it("generates a key stored only as hash and ciphertext, shown once, registered with the sandbox", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const issued = await issueApiKey(admin, org.id);
    expect(issued.secret).toMatch(/^pmk_live_[A-Za-z0-9_-]{43}$/);
    expect(issued.key).toMatchObject({ status: "ACTIVE", state: "active", prefix: issued.secret.slice(0, 12), last4: issued.secret.slice(-4) });
    expect(JSON.stringify(issued.key)).not.toContain(issued.secret.slice(12, -4));

    const prisma = await db();
    const row = await prisma.apiKey.findUniqueOrThrow({ where: { id: issued.key.id } });
    expect(row.keyHash).toBe(hashApiKey(issued.secret));
    expect(row.keyCiphertext).not.toContain(issued.secret);
    expect(open(row.keyCiphertext, (await loadSecrets(getEnv())).encryptionKey)).toBe(issued.secret);
    expect(await resolveApiAccess(org.id)).toEqual({ baseUrl: getEnv().digitizationBaseUrl, apiKey: issued.secret });
    const used = (await prisma.apiKey.findUniqueOrThrow({ where: { id: issued.key.id } })).lastUsedAt;
    expect(used).not.toBeNull();
    // "Last used" moves at most once a minute: a second call within it writes nothing.
    await resolveApiAccess(org.id);
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: issued.key.id } })).lastUsedAt).toEqual(used);
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await prisma.apiKey.update({ where: { id: issued.key.id }, data: { lastUsedAt: longAgo } });
    await resolveApiAccess(org.id);
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: issued.key.id } })).lastUsedAt!.getTime()).toBeGreaterThan(longAgo.getTime());
    expect(await sandboxAccepts(issued.secret)).toBe(true);
    await expect(issueApiKey(admin, org.id)).rejects.toMatchObject({ status: 409, code: "ACTIVE_KEY_EXISTS" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: issued.key.id, action: "api-key.generated" } });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(issued.secret.slice(12, -4));
  });

  it("rotates: the old key is ROTATED and accepted until its grace period ends, the portal uses the new one", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const first = await issueApiKey(admin, org.id);
    const before = Date.now();
    const rotated = await rotateApiKey(admin, first.key.id);
    expect(rotated.previous).toMatchObject({ id: first.key.id, status: "ROTATED", state: "grace" });
    const graceEndsAt = Date.parse(rotated.previous.graceEndsAt!);
    expect(graceEndsAt - before).toBeGreaterThanOrEqual(24 * HOUR - 1000);
    expect(graceEndsAt - before).toBeLessThanOrEqual(24 * HOUR + 5000);
    expect(rotated.key).toMatchObject({ status: "ACTIVE" });
    expect((await resolveApiAccess(org.id)).apiKey).toBe(rotated.secret);
    expect(await sandboxAccepts(first.secret)).toBe(true);
    expect(await sandboxAccepts(first.secret, new Date(graceEndsAt + 1000))).toBe(false);
    expect(await sandboxAccepts(rotated.secret, new Date(graceEndsAt + 1000))).toBe(true);
    await expect(rotateApiKey(admin, first.key.id)).rejects.toMatchObject({ status: 409, code: "KEY_NOT_ACTIVE" });
  });

  it("revokes at once, for the portal and the sandbox, and a second revoke changes nothing", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const first = await issueApiKey(admin, org.id);
    const second = await rotateApiKey(admin, first.key.id);
    expect((await revokeApiKey(admin, first.key.id)).status).toBe("REVOKED");
    expect(await sandboxAccepts(first.secret)).toBe(false);
    expect((await revokeApiKey(admin, second.key.id)).state).toBe("revoked");
    expect(await sandboxAccepts(second.secret)).toBe(false);
    await expect(resolveApiAccess(org.id)).rejects.toMatchObject({ code: "NO_API_KEY" });
    await revokeApiKey(admin, second.key.id);
    const prisma = await db();
    expect(await prisma.auditEvent.count({ where: { targetId: second.key.id, action: "api-key.revoked" } })).toBe(1);
  });

  it("a suspended organization's key stops working in the portal and the sandbox, and works again on reactivation", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const issued = await issueApiKey(admin, org.id);
    await suspendOrganization(admin, org.id);
    await expect(resolveApiAccess(org.id)).rejects.toMatchObject({ status: 403, code: "ORGANIZATION_SUSPENDED" });
    expect(await sandboxAccepts(issued.secret)).toBe(false);
    await expect(rotateApiKey(admin, issued.key.id)).rejects.toMatchObject({ status: 409 });
    await reactivateOrganization(admin, org.id);
    expect((await resolveApiAccess(org.id)).apiKey).toBe(issued.secret);
    expect(await sandboxAccepts(issued.secret)).toBe(true);
  });

  it("shows an approver only their own organization's keys", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const [mine, theirs] = await Promise.all([createOrganizationRow(), createOrganizationRow()]);
    await issueApiKey(admin, mine.id);
    await issueApiKey(admin, theirs.id);
    const approver = await createActor(["APPROVER"], mine.id);
    const { keys } = await listOwnApiKeys(approver);
    expect(keys.map((k) => k.organizationId)).toEqual([mine.id]);
    expect(await listOwnApiKeys(await createActor(["ADMIN"]))).toEqual({ keys: [] });
  });

  it("keeps a demo organization's new keys with the sandbox client its seeded key belongs to", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const prisma = await db();
    const org = await createOrganizationRow();
    // As the demo seed does: the sandbox knows the key under its own reference, not the portal's id.
    const seeded = `sandbox_demo_${randomUUID().replace(/-/g, "")}`;
    await registerSandboxKey(prisma, { clientRef: `demo-${org.id}`, clientName: org.name, key: seeded });
    const { encryptionKey } = await loadSecrets(getEnv());
    const key = await prisma.apiKey.create({ data: { organizationId: org.id, ...describeApiKey(seeded), keyHash: hashApiKey(seeded), keyCiphertext: seal(seeded, encryptionKey) } });
    const rotated = await rotateApiKey(admin, key.id);
    const [before, after] = await Promise.all([seeded, rotated.secret].map((k) => authenticateKey(prisma, k, new Date())));
    expect(after!.clientId).toBe(before!.clientId);
  });
});
