import "server-only";
import { isUniqueViolation } from "@/lib/admin/admin-context";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { assertAllowedBaseUrl } from "./assert-allowed-base-url";
import type { CreateOrganizationBody, OrganizationDto } from "./contracts";
import { assertNameFree, nameTaken } from "./organization-lookups";
import { organizationInclude, toOrganizationDto } from "./to-organization-dto";

/** Onboards a client organization, active at once; it needs users and a key before it can work. */
export async function createOrganization(ctx: RequestContext, body: CreateOrganizationBody): Promise<OrganizationDto> {
  assertAllowedBaseUrl(body.digitizationBaseUrl);
  const prisma = await db();
  const digitizationBaseUrl = body.digitizationBaseUrl || null;
  try {
    return await prisma.$transaction(async (tx) => {
      await assertNameFree(tx, body.name);
      const created = await tx.organization.create({ data: { name: body.name, digitizationBaseUrl }, include: organizationInclude });
      await writeAudit(tx, {
        ...auditFields(ctx, { type: "organization", id: created.id, organizationId: created.id }),
        action: "admin.organization.created", outcome: "SUCCESS", details: { name: body.name, digitizationBaseUrl },
      });
      return toOrganizationDto(created);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(body.name);
    throw error;
  }
}
