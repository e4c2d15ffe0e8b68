import { describe, expect, it } from "vitest";
import { actorOf, contextOf, createActor, createOrganizationRow } from "@/lib/admin/testing/fixtures";
import { changeOwnPassword } from "@/lib/admin/account/change-own-password";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { changeUserRoles } from "./change-user-roles";
import { createUserBody } from "./contracts";
import { createUser } from "./create-user";
import { disableUser } from "./disable-user";
import { enableUser } from "./enable-user";
import { setOneTimePassword } from "./set-one-time-password";

const PASSWORD = "One-time-Passw0rd";

describe.each(databaseTargets())("user administration on %s", (_name, target) => {
  usePortalDatabase(target);

  it("creates a user with a one-time password and refuses a duplicate email, whatever its case", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const email = `new-${org.id}@test.example`;
    const body = createUserBody.parse({ email: email.toUpperCase(), name: "New", organizationId: org.id, roles: ["APPROVER", "UPLOADER"], password: PASSWORD });
    const user = await createUser(admin, body);
    expect(user).toMatchObject({ email, roles: ["UPLOADER", "APPROVER"], mustChangePassword: true, status: "ACTIVE" });
    await expect(createUser(admin, body)).rejects.toMatchObject({ status: 409, code: "EMAIL_TAKEN" });
    const prisma = await db();
    expect(await prisma.auditEvent.count({ where: { targetId: user.id, action: "admin.user.created", organizationId: org.id } })).toBe(1);
  });

  it("refuses invalid emails, weak passwords and roles that do not fit the organization", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const base = { email: "ok@test.example", name: "X", organizationId: org.id, roles: ["UPLOADER"], password: PASSWORD };
    expect(createUserBody.safeParse({ ...base, email: "not-an-email" }).success).toBe(false);
    expect(createUserBody.safeParse({ ...base, roles: ["ADMIN"] }).success).toBe(false);
    expect(createUserBody.safeParse({ ...base, organizationId: null }).success).toBe(false);
    expect(createUserBody.safeParse({ ...base, roles: [] }).success).toBe(false);
    await expect(createUser(admin, createUserBody.parse({ ...base, password: "short" }))).rejects.toMatchObject({
      status: 400,
      code: "BAD_REQUEST",
      // A code and values, for the portal to word in the user's language.
      details: { issues: [{ field: "password", code: "tooShort", values: { minimum: 12 } }] },
    });
  });

  it("refuses an administrator's change of their own roles and their own disabling, and audits both", async () => {
    const actor = await createActor(["ADMIN"]);
    await createActor(["ADMIN"]);
    await expect(changeUserRoles(contextOf(actor), actor.id, ["ADMIN"])).rejects.toMatchObject({ status: 403, code: "SELF_CHANGE" });
    await expect(disableUser(contextOf(actor), actor.id)).rejects.toMatchObject({ status: 403, code: "SELF_CHANGE" });
    await expect(setOneTimePassword(contextOf(actor), actor.id, PASSWORD)).rejects.toMatchObject({ status: 403 });
    const prisma = await db();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: actor.id } })).status).toBe("ACTIVE");
    const denied = await prisma.auditEvent.findMany({ where: { targetId: actor.id, outcome: "DENIED" } });
    expect(denied.map((d) => d.action).sort()).toEqual(["admin.user.disabled", "admin.user.password-set", "admin.user.roles-changed"]);
  });

  it("never disables the last active administrator, even when the acting one was disabled meanwhile", async () => {
    const prisma = await db();
    // Only these two administrators are active in this database from here on.
    await prisma.$executeRaw`UPDATE "User" SET status = 'DISABLED' WHERE 'ADMIN'::"Role" = ANY(roles)`;
    const a = await createActor(["ADMIN"]);
    const b = await createActor(["ADMIN"]);
    // b disabled a a moment ago; a's request (with its stale actor) tries to disable b.
    await disableUser(contextOf(b), a.id);
    await expect(disableUser(contextOf(a), b.id)).rejects.toMatchObject({ status: 409, code: "LAST_ADMIN" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("ACTIVE");
    expect(await prisma.auditEvent.count({ where: { targetId: b.id, action: "admin.user.disabled", outcome: "DENIED" } })).toBe(1);
    await enableUser(contextOf(b), a.id);
    await disableUser(contextOf(a), b.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("DISABLED");
  });

  it("changes roles and disables, ending the user's sessions (session version bumped)", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const user = await createActor(["UPLOADER"], org.id);
    const prisma = await db();
    const updated = await changeUserRoles(admin, user.id, ["APPROVER"]);
    expect(updated.roles).toEqual(["APPROVER"]);
    await expect(changeUserRoles(admin, user.id, ["ADMIN"])).rejects.toMatchObject({ status: 400, details: { issues: [{ field: "roles", code: "adminHasOrganization", values: {} }] } });
    await disableUser(admin, user.id);
    await expect(disableUser(admin, user.id)).rejects.toMatchObject({ status: 409 });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ status: "DISABLED", sessionVersion: 2, roles: ["APPROVER"] });
  });

  it("makes a user replace a one-time password, checking the current one and the policy", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganizationRow();
    const user = await createUser(admin, createUserBody.parse({ email: `p-${org.id}@test.example`, name: "P", organizationId: org.id, roles: ["UPLOADER"], password: PASSWORD }));
    const prisma = await db();
    const self = contextOf(actorOf(user));
    const body = (current: string, next: string) => ({ currentPassword: current, newPassword: next, confirmPassword: next });
    await expect(changeOwnPassword(self, body("wrong-password", "Another-Passw0rd"))).rejects.toMatchObject({ status: 400, code: "WRONG_PASSWORD" });
    await expect(changeOwnPassword(self, body(PASSWORD, "weak"))).rejects.toMatchObject({ status: 400 });
    await changeOwnPassword(self, body(PASSWORD, "Another-Passw0rd"));
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(row.sessionVersion).toBe(1);
    expect(await verifyPassword(row.passwordHash, "Another-Passw0rd")).toBe(true);
    await setOneTimePassword(admin, user.id, PASSWORD);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: true, sessionVersion: 2 });
  });
});
