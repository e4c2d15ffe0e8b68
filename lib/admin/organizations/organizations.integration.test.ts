import { describe, expect, it } from "vitest";
import { contextOf, createActor, unique } from "@/lib/admin/testing/fixtures";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/lib/testing/database-targets";
import { usePortalDatabase } from "@/lib/testing/use-portal-database";
import { createOrganizationBody, updateOrganizationBody } from "./contracts";
import { createOrganization } from "./create-organization";
import { reactivateOrganization } from "./reactivate-organization";
import { suspendOrganization } from "./suspend-organization";
import { updateOrganization } from "./update-organization";

describe.each(databaseTargets())("organization administration on %s", (_name, target) => {
  usePortalDatabase(target);

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
