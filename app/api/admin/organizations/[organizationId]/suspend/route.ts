import { organizationParams } from "@/lib/admin/organizations/contracts";
import { suspendOrganization } from "@/lib/admin/organizations/suspend-organization";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "admin:organizations", params: organizationParams }, (ctx) =>
  suspendOrganization(ctx, ctx.params.organizationId),
);
