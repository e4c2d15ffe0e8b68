import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/requests/route";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { forgetEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => signedIn.actor }));

const PER_HOUR = 3;

async function uploader(): Promise<Actor> {
  const prisma = await db();
  const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}` } });
  const email = `up-${org.id}@x.example`;
  const user = await prisma.user.create({ data: { email, name: email, roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x" } });
  return { id: user.id, email, name: email, roles: ["UPLOADER"], organizationId: org.id, organizationName: "Org", permissions: permissionsOf(["UPLOADER"]), mustChangePassword: false };
}

function startUpload(as: Actor) {
  signedIn.actor = as;
  // A new file each time, so the duplicate check never answers first.
  const body = { fileName: "customers.csv", fileSize: 100, sha256: randomBytes(32).toString("hex") };
  return POST(new Request("http://portal.test/api/requests", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
}

describe.each(databaseTargets())("uploads per user per hour on %s", (_name, target) => {
  beforeAll(() => {
    process.env.UPLOADS_PER_USER_PER_HOUR = String(PER_HOUR);
    forgetEnv();
  });
  afterAll(() => {
    delete process.env.UPLOADS_PER_USER_PER_HOUR;
    forgetEnv();
  });
  usePortalDatabase(target);

  it("answers 429 with Retry-After and a clear message beyond UPLOADS_PER_USER_PER_HOUR, creating nothing; another user is unaffected", async () => {
    const prisma = await db();
    const alice = await uploader();
    for (let i = 0; i < PER_HOUR; i++) expect((await startUpload(alice)).status).toBe(201);

    const refused = await startUpload(alice);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(body.error.message).toMatch(/at most 3 uploads an hour/);
    expect(await prisma.migrationRequest.count({ where: { uploadedById: alice.id } })).toBe(PER_HOUR);

    expect((await startUpload(await uploader())).status).toBe(201);
  });

  it("counts parallel starts exactly: never more than the hourly budget", async () => {
    const bob = await uploader();
    signedIn.actor = bob;
    const statuses = await Promise.all(Array.from({ length: 8 }, () => startUpload(bob).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(PER_HOUR);
    expect(statuses.filter((s) => s === 429)).toHaveLength(8 - PER_HOUR);
  });
});
