import "server-only";
import { syncSandboxKeys } from "@/lib/api-keys/sync-sandbox-keys";
import { auditFields, type RequestContext, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { conflict } from "@/lib/http/errors";
import type { OrganizationDto } from "./contracts";
import { lockOrganization } from "./organization-lookups";
import { organizationInclude, toOrganizationDto } from "./to-organization-dto";

type Change = { from: OrganizationStatus; to: OrganizationStatus; action: string; alreadyMessage: string; endSessions?: boolean };

/**
 * One guarded status change plus its audit entry, then the sandbox is told which keys to accept.
 * Sign-in, every request (getActor) and the portal's key use (resolveApiAccess) all read the
 * organization's status, so access stops on the next request.
 */
export async function changeOrganizationStatus(ctx: RequestContext, id: string, change: Change): Promise<OrganizationDto> {
  const prisma = await db();
  const updated = await prisma.$transaction(async (tx) => {
    const before = await lockOrganization(tx, id);
    if (before.status !== change.from) throw conflict("STATE_CHANGED", change.alreadyMessage);
    const row = await tx.organization.update({ where: { id }, data: { status: change.to }, include: organizationInclude });
    // Sessions end for good: reactivation lets the users sign in again, not resume old sessions.
    if (change.endSessions) await tx.user.updateMany({ where: { organizationId: id }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { ...auditFields(ctx, { type: "organization", id, organizationId: id }), action: change.action, outcome: "SUCCESS", details: { name: before.name } });
    return row;
  });
  await syncSandboxKeys(id);
  return toOrganizationDto(updated);
}
