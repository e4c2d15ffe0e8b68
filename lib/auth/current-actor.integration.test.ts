import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createActor, createOrganizationRow } from "@/lib/admin/testing/fixtures";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { getAuthOptions } from "./auth-options";
import { getActor } from "./current-actor";
import { sessionCookieName } from "./session-cookie";

// The browser's cookies for the request being served; each test sets its own.
const jar = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => jar.cookies }) }));

/** A session cookie exactly as next-auth issues it at sign-in (auth-options.ts's jwt callback). */
async function signInAs(userId: string, sessionVersion = 0, maxAge = 3600) {
  const options = await getAuthOptions();
  const value = await encode({ token: { sub: userId, sv: sessionVersion }, secret: options.secret!, maxAge });
  jar.cookies = [{ name: sessionCookieName(options), value }];
  return value;
}

describe.each(databaseTargets())("the signed-in actor on %s", (_name, target) => {
  usePortalDatabase(target);
  beforeEach(() => {
    jar.cookies = [];
  });

  it("is the user and organization as the database says now, read on every request", async () => {
    const org = await createOrganizationRow();
    const user = await createActor(["UPLOADER"], org.id);
    await signInAs(user.id);
    expect(await getActor()).toMatchObject({ id: user.id, email: user.email, roles: ["UPLOADER"], organizationId: org.id, organizationName: org.name, mustChangePassword: false });
    expect((await getActor())!.permissions.has("requests:approve")).toBe(false);

    // A role change takes effect on the next request, with the same cookie.
    const prisma = await db();
    await prisma.user.update({ where: { id: user.id }, data: { roles: ["APPROVER", "UPLOADER"] } });
    expect((await getActor())!.roles).toEqual(["APPROVER", "UPLOADER"]);
    expect((await getActor())!.permissions.has("requests:approve")).toBe(true);
    await prisma.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    expect([...(await getActor())!.permissions]).toEqual(["account:password"]);
  });

  it("is nobody for a disabled user, a suspended organization or a bumped session version", async () => {
    const prisma = await db();
    const org = await createOrganizationRow();
    const user = await createActor(["APPROVER"], org.id);
    await signInAs(user.id);
    await prisma.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expect(await getActor()).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { status: "ACTIVE" } });
    await prisma.organization.update({ where: { id: org.id }, data: { status: "SUSPENDED" } });
    expect(await getActor()).toBeNull();
    await prisma.organization.update({ where: { id: org.id }, data: { status: "ACTIVE" } });
    expect(await getActor()).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getActor()).toBeNull();
  });

  it("is nobody without a cookie, with a forged or expired one, or one naming no user", async () => {
    const admin = await createActor(["ADMIN"]);
    expect(await getActor()).toBeNull();
    const value = await signInAs(admin.id);
    expect((await getActor())!.organizationId).toBeNull();
    jar.cookies = [{ name: jar.cookies[0]!.name, value: `${value.slice(0, -4)}AAAA` }];
    expect(await getActor()).toBeNull();
    await signInAs(admin.id, 0, -60);
    expect(await getActor()).toBeNull();
    await signInAs("not-a-uuid");
    expect(await getActor()).toBeNull();
    await signInAs("00000000-0000-4000-8000-000000000000");
    expect(await getActor()).toBeNull();
  });

  it("reads a session cookie next-auth split into chunks", async () => {
    const admin = await createActor(["ADMIN"]);
    const value = await signInAs(admin.id);
    const name = jar.cookies[0]!.name;
    jar.cookies = [{ name: `${name}.1`, value: value.slice(100) }, { name: "other", value: "x" }, { name: `${name}.0`, value: value.slice(0, 100) }];
    expect((await getActor())!.id).toBe(admin.id);
  });
});
