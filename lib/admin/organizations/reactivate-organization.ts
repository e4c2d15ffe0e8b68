import "server-only";
import type { RequestContext } from "@/lib/audit/write-audit";
import { changeOrganizationStatus } from "./change-organization-status";

/** Users may sign in again; the active key (and a rotated one still in its grace period) works again. */
export function reactivateOrganization(ctx: RequestContext, id: string) {
  return changeOrganizationStatus(ctx, id, {
    from: "SUSPENDED", to: "ACTIVE", action: "admin.organization.reactivated", alreadyMessage: "This organization is already active.",
  });
}
