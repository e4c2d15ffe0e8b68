import { organizationParams } from "@/lib/admin/organizations/contracts";
import { reactivateOrganization } from "@/lib/admin/organizations/reactivate-organization";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "admin:organizations", params: organizationParams }, (ctx) =>
  reactivateOrganization(ctx, ctx.params.organizationId),
);
