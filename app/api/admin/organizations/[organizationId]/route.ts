import { organizationParams, updateOrganizationBody } from "@/lib/admin/organizations/contracts";
import { updateOrganization } from "@/lib/admin/organizations/update-organization";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Rename and/or set the Digitization API base URL. */
export const PATCH = route({ permission: "admin:organizations", params: organizationParams, body: updateOrganizationBody }, (ctx) =>
  updateOrganization(ctx, ctx.params.organizationId, ctx.body),
);
