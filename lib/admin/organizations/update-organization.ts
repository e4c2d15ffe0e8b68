import "server-only";
import { isUniqueViolation } from "@/lib/admin/admin-context";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { assertAllowedBaseUrl } from "./assert-allowed-base-url";
import type { OrganizationDto, UpdateOrganizationBody } from "./contracts";
import { assertNameFree, lockOrganization, nameTaken } from "./organization-lookups";
import { organizationInclude, toOrganizationDto } from "./to-organization-dto";

/** Renames an organization and/or sets its Digitization API base URL ("" = the default). */
export async function updateOrganization(ctx: RequestContext, id: string, body: UpdateOrganizationBody): Promise<OrganizationDto> {
  assertAllowedBaseUrl(body.digitizationBaseUrl);
  const prisma = await db();
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await lockOrganization(tx, id);
      const name = body.name ?? before.name;
      const digitizationBaseUrl = body.digitizationBaseUrl === undefined ? before.digitizationBaseUrl : body.digitizationBaseUrl || null;
      if (name !== before.name) await assertNameFree(tx, name, id);
      const updated = await tx.organization.update({ where: { id }, data: { name, digitizationBaseUrl }, include: organizationInclude });
      const audit = { ...auditFields(ctx, { type: "organization", id, organizationId: id }), outcome: "SUCCESS" as const };
      if (name !== before.name) {
        await writeAudit(tx, { ...audit, action: "admin.organization.renamed", details: { from: before.name, to: name } });
      }
      if (digitizationBaseUrl !== before.digitizationBaseUrl) {
        await writeAudit(tx, { ...audit, action: "admin.organization.base-url-changed", details: { from: before.digitizationBaseUrl, to: digitizationBaseUrl } });
      }
      return toOrganizationDto(updated);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(body.name ?? "");
    throw error;
  }
}
