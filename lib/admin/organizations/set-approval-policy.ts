import "server-only";
import { auditFields, writeAudit, type RequestContext } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { rulesOf } from "@/lib/requests/can-decide";
import type { ApprovalPolicyBody, OrganizationDto } from "./contracts";
import { lockOrganization } from "./organization-lookups";
import { organizationInclude, toOrganizationDto } from "./to-organization-dto";

/**
 * Sets an organization's approval policy, audited with the rules before and after. Each change
 * bumps the version, so an approval made on a page that showed the older rules is refused
 * (lib/requests/approve-request.ts). Requests already waiting keep the expiry they were given.
 */
export async function setApprovalPolicy(ctx: RequestContext, id: string, body: ApprovalPolicyBody): Promise<OrganizationDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockOrganization(tx, id);
    const before = rulesOf(await tx.approvalPolicy.findUnique({ where: { organizationId: id } }));
    const version = before.version + 1;
    await tx.approvalPolicy.upsert({ where: { organizationId: id }, create: { organizationId: id, ...body, version }, update: { ...body, version } });
    const { version: _old, ...from } = before;
    await writeAudit(tx, {
      ...auditFields(ctx, { type: "organization", id, organizationId: id }),
      action: "admin.organization.approval-policy-changed",
      outcome: "SUCCESS",
      details: { from, to: body, version },
    });
    return toOrganizationDto(await tx.organization.findUniqueOrThrow({ where: { id }, include: organizationInclude }));
  });
}
