import "server-only";
import type { RequestContext } from "@/lib/audit/write-audit";
import { changeOrganizationStatus } from "./change-organization-status";

/** Its users' sessions end and its keys stop working at once; its users cannot sign in. */
export function suspendOrganization(ctx: RequestContext, id: string) {
  return changeOrganizationStatus(ctx, id, {
    from: "ACTIVE", to: "SUSPENDED", action: "admin.organization.suspended", alreadyMessage: "This organization is already suspended.", endSessions: true,
  });
}
