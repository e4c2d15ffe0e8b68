import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextOf, createActor, unique } from "@/lib/admin/testing/fixtures";
import { forgetEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { createOrganizationBody, updateOrganizationBody } from "./contracts";
import { createOrganization } from "./create-organization";
import { reactivateOrganization } from "./reactivate-organization";
import { suspendOrganization } from "./suspend-organization";
import { updateOrganization } from "./update-organization";

describe.each(databaseTargets())("organization administration on %s", (_name, target) => {
  usePortalDatabase(target);
  // The operator's allow-list for these tests: one https host, and the demo sandbox.
  beforeAll(() => {
    process.env.DIGITIZATION_ALLOWED_HOSTS = "api.example,localhost:3000";
    forgetEnv();
  });
  afterAll(() => {
    delete process.env.DIGITIZATION_ALLOWED_HOSTS;
    forgetEnv();
  });

  it("creates, renames and refuses duplicate names regardless of case", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const name = unique("Gamma Bank");
    const org = await createOrganization(admin, createOrganizationBody.parse({ name }));
    expect(org).toMatchObject({ name, status: "ACTIVE", digitizationBaseUrl: null, activeKey: null });
    await expect(createOrganization(admin, { name: name.toUpperCase() })).rejects.toMatchObject({ status: 409, code: "ORGANIZATION_NAME_TAKEN" });

    const other = await createOrganization(admin, { name: unique("Delta") });
    await expect(updateOrganization(admin, other.id, { name })).rejects.toMatchObject({ status: 409 });
    const renamed = await updateOrganization(admin, other.id, { name: `${other.name} Renamed`, digitizationBaseUrl: "https://api.example/v" });
    expect(renamed).toMatchObject({ name: `${other.name} Renamed`, digitizationBaseUrl: "https://api.example/v" });
    expect((await updateOrganization(admin, other.id, { digitizationBaseUrl: "" })).digitizationBaseUrl).toBeNull();
    const prisma = await db();
    const actions = (await prisma.auditEvent.findMany({ where: { organizationId: other.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["admin.organization.created", "admin.organization.renamed", "admin.organization.base-url-changed", "admin.organization.base-url-changed"]);
  });

  it("refuses to point an organization's key anywhere off the allow-list, with advice (400)", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganization(admin, { name: unique("Zeta"), digitizationBaseUrl: "https://api.example/v1" });
    for (const url of ["http://127.0.0.1:5432", "http://169.254.169.254/latest", "http://[::1]:22", "https://evil.example", "https://api.example:8443"]) {
      await expect(updateOrganization(admin, org.id, { digitizationBaseUrl: url }), url).rejects.toMatchObject({
        status: 400,
        code: "BASE_URL_NOT_ALLOWED",
        message: expect.stringContaining("DIGITIZATION_ALLOWED_HOSTS"),
        details: { reason: expect.stringMatching(/^(host_not_allowed|http_not_allowed)$/), host: new URL(url).host },
      });
    }
    await expect(createOrganization(admin, { name: unique("Eta"), digitizationBaseUrl: "http://10.0.0.1" })).rejects.toMatchObject({ status: 400 });
    // Nothing changed and nothing was audited as a change.
    const prisma = await db();
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).digitizationBaseUrl).toBe("https://api.example/v1");
    expect(await prisma.auditEvent.count({ where: { organizationId: org.id, action: "admin.organization.base-url-changed" } })).toBe(0);
  });

  it("refuses plain http in production mode, and allows it in demo mode", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganization(admin, { name: unique("Theta") });
    // Production mode also needs its secrets set; only the mode matters here.
    const saved = { PORTAL_MODE: process.env.PORTAL_MODE, AUTH_SECRET: process.env.AUTH_SECRET, ENCRYPTION_KEY: process.env.ENCRYPTION_KEY };
    Object.assign(process.env, { PORTAL_MODE: "production", AUTH_SECRET: "x".repeat(32), ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") });
    forgetEnv();
    try {
      await expect(updateOrganization(admin, org.id, { digitizationBaseUrl: "http://api.example/v1" })).rejects.toMatchObject({
        status: 400,
        code: "BASE_URL_NOT_ALLOWED",
        message: expect.stringContaining("https://"),
        details: { reason: "http_not_allowed", host: "api.example" },
      });
      expect((await updateOrganization(admin, org.id, { digitizationBaseUrl: "https://api.example/v1" })).digitizationBaseUrl).toBe("https://api.example/v1");
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      forgetEnv();
    }
    expect((await updateOrganization(admin, org.id, { digitizationBaseUrl: "http://localhost:3000/sandbox" })).digitizationBaseUrl).toBe("http://localhost:3000/sandbox");
  });

  it("refuses odd spellings of a host and credentials before anything else", () => {
    for (const odd of ["http://0x7f000001:3000", "http://2130706433:3000", "http://127.1:3000", "http://[0:0:0:0:0:0:0:1]:3000", "https://user@api.example"]) {
      expect(updateOrganizationBody.safeParse({ digitizationBaseUrl: odd }).success, odd).toBe(false);
    }
  });

  it("accepts only http(s) base URLs without credentials", () => {
    for (const bad of ["ftp://x.example", "not a url", "https://user:pw@x.example", "https://x.example/?q=1", "javascript:alert(1)"]) {
      expect(updateOrganizationBody.safeParse({ digitizationBaseUrl: bad }).success, bad).toBe(false);
    }
    expect(updateOrganizationBody.safeParse({ digitizationBaseUrl: "http://localhost:3000/sandbox" }).success).toBe(true);
    expect(updateOrganizationBody.safeParse({}).success).toBe(false);
  });

  it("suspends (ending its users' sessions) and reactivates once each, refusing a repeat", async () => {
    const admin = contextOf(await createActor(["ADMIN"]));
    const org = await createOrganization(admin, { name: unique("Epsilon") });
    const member = await createActor(["UPLOADER"], org.id);
    expect((await suspendOrganization(admin, org.id)).status).toBe("SUSPENDED");
    const prisma = await db();
    // Its users' sessions end for good, so reactivation does not revive them.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).sessionVersion).toBe(1);
    await expect(suspendOrganization(admin, org.id)).rejects.toMatchObject({ status: 409 });
    expect((await reactivateOrganization(admin, org.id)).status).toBe("ACTIVE");
    await expect(reactivateOrganization(admin, org.id)).rejects.toMatchObject({ status: 409 });
    await expect(suspendOrganization(admin, "00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({ status: 404 });
  });
});
