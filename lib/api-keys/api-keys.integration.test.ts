import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextOf, createActor, createOrganizationRow } from "@/lib/admin/testing/fixtures";
import { reactivateOrganization } from "@/lib/admin/organizations/reactivate-organization";
import { suspendOrganization } from "@/lib/admin/organizations/suspend-organization";
import { forgetEnv, getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { open } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { startTestSandbox, type TestSandbox } from "@/test/start-test-sandbox";
import { usePortalDatabase } from "@/test/use-portal-database";
import { issueApiKey } from "./issue-api-key";
import { hashApiKey } from "./key-material";
import { listOwnApiKeys } from "./list-api-keys";
import { resolveApiAccess } from "./resolve-api-access";
import { revokeApiKey } from "./revoke-api-key";
import { rotateApiKey } from "./rotate-api-key";

const HOUR = 3_600_000;

describe.each(databaseTargets())("API keys on %s", (_name, target) => {
  usePortalDatabase(target);
  // The sandbox process the portal provisions keys to, through its admin endpoint.
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    Object.assign(process.env, { SANDBOX_ADMIN_URL: sandbox.baseUrl, SANDBOX_ADMIN_SECRET: sandbox.adminSecret });
    forgetEnv();
  });
  afterAll(async () => {
    delete process.env.SANDBOX_ADMIN_URL;
    delete process.env.SANDBOX_ADMIN_SECRET;
    forgetEnv();
    await sandbox?.stop();
  });

  /**
   * Whether the sandbox (playing the issuing platform) accepts the key: now, asked over HTTP
   * (an unknown batch is 404 for a good key, 401 otherwise); at a later moment, from the expiry
   * and revocation it stored for the key.
   */
  async function sandboxAccepts(key: string, at?: Date) {
    if (!at) {
      const { status } = await fetch(`${sandbox.baseUrl}/digitization/v1/batch/${randomUUID()}/status`, { headers: { "x-transaction-key": key } });
      expect([401, 404]).toContain(status);
      return status === 404;
    }
    const client = new pg.Client({ connectionString: sandbox.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ expires_at: Date | null; revoked_at: Date | null }>(
        "SELECT expires_at, revoked_at FROM sandbox_key WHERE key_hash = $1",
        [createHash("sha256").update(key).digest("hex")],
      );
      return rows.length === 1 && !rows[0]!.revoked_at && (!rows[0]!.expires_at || rows[0]!.expires_at > at);
    } finally {
      await client.end();
    }
  }

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

  it("answers 502 SANDBOX_SYNC_FAILED when the sandbox refuses the change, which stays saved; the next change repairs it", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    process.env.SANDBOX_ADMIN_SECRET = "a-wrong-secret-of-enough-length-0123456789";
    forgetEnv();
    try {
      await expect(issueApiKey(admin, org.id)).rejects.toMatchObject({ status: 502, code: "SANDBOX_SYNC_FAILED" });
    } finally {
      process.env.SANDBOX_ADMIN_SECRET = sandbox.adminSecret;
      forgetEnv();
    }
    const saved = await (await db()).apiKey.findFirstOrThrow({ where: { organizationId: org.id, status: "ACTIVE" } });
    const secret = open(saved.keyCiphertext, (await loadSecrets(getEnv())).encryptionKey);
    expect(await sandboxAccepts(secret)).toBe(false);
    await suspendOrganization(admin, org.id);
    await reactivateOrganization(admin, org.id);
    expect(await sandboxAccepts(secret)).toBe(true);
  });
});
